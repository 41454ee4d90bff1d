// Checks of the committed geometry under public/geo/ against the NBS 2023 table.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { distance } from '@turf/distance';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { parseCsv } from '../src/lib/csv.ts';
import { GEO_FILES } from '../src/lib/geo/files.ts';

type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
const read = <T,>(file: string) => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as T;
const counties = read<FeatureCollection<Polygon | MultiPolygon>>(GEO_FILES.counties).features as Area[];
const cities = read<FeatureCollection<Polygon | MultiPolygon>>(GEO_FILES.cities).features as Area[];
const province = read<FeatureCollection<Polygon | MultiPolygon>>(GEO_FILES.province).features[0] as Area;
const rivers = read<FeatureCollection<LineString>>(GEO_FILES.rivers).features;
const nbs = parseCsv(readFileSync('data/reference/henan_county_divisions_nbs2023.csv', 'utf8')).filter(
  (r) => r.kind === 'administrative division',
);
const city = (nameZh: string) => cities.find((c) => c.properties.name_zh === nameZh)!;
const km2 = (f: Parameters<typeof area>[0]) => area(f) / 1e6;

describe('divisions', () => {
  it('has the 157 county-level units of NBS 2023, with their names', () => {
    expect(counties).toHaveLength(157);
    const got = new Map(counties.map((c) => [c.properties.adcode, c.properties.name_zh]));
    expect(new Map(nbs.map((r) => [r.code, r.name_zh]))).toEqual(got);
  });

  it('has 18 prefecture-level units, every county pointing at one of them', () => {
    expect(cities).toHaveLength(18);
    const codes = new Set(cities.map((c) => c.properties.adcode));
    for (const c of counties) expect(codes).toContain(c.properties.city_adcode);
    expect(city('济源市').properties.adcode).toBe('419001');
  });

  it('carries English names and kinds on every unit', () => {
    for (const c of [...counties, ...cities]) {
      expect(c.properties.name_en).toMatch(/^[A-Z][a-z']+( County| District)?$/);
      expect(['district', 'county', 'county-level city', 'prefecture-level city']).toContain(c.properties.kind);
    }
  });
});

describe('geometry', () => {
  it('puts every county inside its city', () => {
    for (const c of counties) {
      const parent = cities.find((x) => x.properties.adcode === c.properties.city_adcode)!;
      const inside = intersect(featureCollection([c, parent]));
      expect(inside ? km2(inside) / km2(c) : 0, String(c.properties.name_zh)).toBeGreaterThan(0.999);
    }
  });

  it('leaves no overlap between neighbouring counties', () => {
    const boxes = counties.map((c) => bbox(c));
    let worst = 0;
    for (let i = 0; i < counties.length; i++) {
      for (let j = i + 1; j < counties.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
        const overlap = intersect(featureCollection([counties[i], counties[j]]));
        if (overlap) worst = Math.max(worst, km2(overlap));
      }
    }
    expect(worst).toBeLessThan(0.05);
  });

  it('leaves no gap: the counties tile the province, which has no holes', () => {
    const rings = province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
    expect(rings.every((poly) => poly.length === 1)).toBe(true);
    const sum = counties.reduce((s, c) => s + km2(c), 0);
    expect(Math.abs(sum - km2(province)) / km2(province)).toBeLessThan(0.001);
    // Henan is about 167 000 km²: a sanity check on scale, not an official figure.
    expect(km2(province)).toBeGreaterThan(160_000);
    expect(km2(province)).toBeLessThan(172_000);
  });

  it('puts every label point inside its unit and every city seat inside its city', () => {
    for (const c of [...counties, ...cities]) {
      expect(booleanPointInPolygon(c.properties.label as [number, number], c), String(c.properties.name_zh)).toBe(true);
    }
    for (const c of cities) {
      expect(booleanPointInPolygon(c.properties.seat as [number, number], c), String(c.properties.name_zh)).toBe(true);
    }
  });
});

describe('rivers', () => {
  const yellow = rivers.find((r) => r.properties?.name_zh === '黄河')!;
  const huai = rivers.find((r) => r.properties?.name_zh === '淮河')!;

  it.each(['三门峡市', '洛阳市', '济源市', '焦作市', '郑州市', '新乡市', '开封市', '濮阳市'])(
    'the Yellow River runs through or along %s',
    (name) => expect(booleanIntersects(yellow, buffer(city(name), 2, { units: 'kilometers' })!)).toBe(true),
  );

  it.each(['南阳市', '信阳市', '周口市', '安阳市'])('the Yellow River stays out of %s', (name) =>
    expect(booleanIntersects(yellow, city(name))).toBe(false),
  );

  it('the Huai River runs through 信阳 and not through 郑州', () => {
    expect(booleanIntersects(huai, city('信阳市'))).toBe(true);
    expect(booleanIntersects(huai, city('郑州市'))).toBe(false);
  });
});

describe('size budget', () => {
  // The budget stated in the README: what the app fetches from public/geo/.
  const BUDGET = { raw: 600_000, gzip: 160_000 };
  it(`keeps the geometry the app loads within ${BUDGET.raw / 1000} kB raw and ${BUDGET.gzip / 1000} kB gzip`, () => {
    const texts = Object.values(GEO_FILES).map((f) => readFileSync(`public/geo/${f}`));
    const raw = texts.reduce((s, t) => s + t.length, 0);
    const gz = texts.reduce((s, t) => s + gzipSync(t).length, 0);
    expect(raw).toBeLessThan(BUDGET.raw);
    expect(gz).toBeLessThan(BUDGET.gzip);
  });
});

describe('city seats', () => {
  // An independent check of the seat points: the reference table's "prefecture
  // city seat area" coordinates come from two other datasets (precision ±6–8 km).
  const reference = parseCsv(readFileSync('data/reference/national_zones.csv', 'utf8')).filter((r) =>
    r.coord_note.startsWith('prefecture city seat area'),
  );
  const seats = read<FeatureCollection<Point, { adcode: string; name_zh: string; external: boolean }>>(GEO_FILES.seats).features;

  it('agree within 8 km with the reference table wherever it has a city seat', () => {
    const checked = new Set<string>();
    for (const r of reference) {
      const seat = seats.find((s) => s.properties.name_zh === r.city)!;
      const km = distance(seat.geometry.coordinates, [Number(r.approx_lon), Number(r.approx_lat)]);
      expect(km, r.city).toBeLessThan(8);
      checked.add(r.city);
    }
    expect(checked.size).toBeGreaterThanOrEqual(10);
  });

  it('has one seat per city, and the places outside Henan marked external', () => {
    expect(seats.filter((s) => !s.properties.external).map((s) => s.properties.adcode).sort()).toEqual(
      cities.map((c) => String(c.properties.adcode)).sort(),
    );
    for (const s of seats.filter((x) => x.properties.external)) {
      expect(booleanPointInPolygon(s.geometry.coordinates, province)).toBe(false);
    }
  });
});
