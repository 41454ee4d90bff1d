// The 2018 zone catalogue: every row tied to a place, positions approximate
// and never outside the host; the later updates kept apart, every zone-table
// row accounted for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../src/lib/csv.ts';
import { catalogueFile } from '../src/lib/facts/catalogue.ts';
import { zoneUpdateFile } from '../src/lib/facts/zone-updates.ts';
import { buildCatalogue, CITY_ONLY } from './zones/catalogue.ts';
import { enProblems, zhProblems } from '../src/lib/i18n/finished.ts';

const zones = catalogueFile.parse(JSON.parse(readFileSync('data/zones/catalogue.json', 'utf8')));
const updates = zoneUpdateFile.parse(JSON.parse(readFileSync('data/zones/updates.json', 'utf8')));
const dropped = JSON.parse(readFileSync('data/zones/dropped.json', 'utf8')) as { from: string }[];
const rows = parseCsv(readFileSync('data/reference/dev_zones_catalogue_2018.csv', 'utf8'));
type Unit = Feature<Polygon | MultiPolygon, { adcode: string; name_zh: string }>;
const counties = (JSON.parse(readFileSync('public/geo/henan-counties.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: string; name_zh: string }>).features as Unit[];
const cities = (JSON.parse(readFileSync('public/geo/henan-cities.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: string; name_zh: string }>).features as Unit[];
const byCode = (code: string) => zones.find((z) => z.code === code)!;
const countyName = (code: string | null) => counties.find((c) => c.properties.adcode === code)?.properties.name_zh;

describe('2018 zone catalogue', () => {
  it('is what the build script makes of the catalogue today, every row tied to a place', () => {
    expect(zones).toEqual(buildCatalogue('.'));
    expect(zones).toHaveLength(150);
    expect(zones.map((z) => z.code).sort()).toEqual(rows.map((r) => r.code).sort());
    expect(zones.filter((z) => z.level === 'national')).toHaveLength(19);
    expect(zones.filter((z) => z.level === 'provincial')).toHaveLength(131);
  });

  it('brings pre-2019 host names to the NBS 2023 units', () => {
    expect(countyName(byCode('S419038').county_code)).toBe('孟津区'); // 孟津县华阳
    expect(countyName(byCode('S419069').county_code)).toBe('长垣市'); // 长垣县
    expect(countyName(byCode('S419046').county_code)).toBe('偃师区'); // 偃师市
    expect(countyName(byCode('S419131').county_code)).toBe('淮阳区'); // 淮阳县
    expect(countyName(byCode('S419026').county_code)).toBe('中牟县'); // 郑州中牟汽车
    expect(countyName(byCode('S417088').county_code)).toBe('长葛市'); // 长葛
  });

  it('ties a host it cannot place in one county to its city only', () => {
    for (const host of Object.keys(CITY_ONLY)) {
      const z = zones.find((x) => x.host_zh === host)!;
      expect(z.county_code, host).toBeNull();
      expect(z.position.basis, host).toMatch(/city/);
    }
    expect(byCode('S419037').county_code).toBeNull(); // 洛阳市石化
    expect(byCode('S419063').city_code).toBe('410600'); // 鹤淇
  });

  it('puts every zone inside its host unit, using the geocode only when it lies there', () => {
    for (const z of zones) {
      const unit = z.county_code ? counties.find((c) => c.properties.adcode === z.county_code)! : cities.find((c) => c.properties.adcode === z.city_code)!;
      expect(z.position.precision).toBe('approximate');
      if (z.position.basis.startsWith('geocoded')) expect(booleanPointInPolygon([z.position.lon, z.position.lat], unit), z.code).toBe(true);
      const row = rows.find((r) => r.code === z.code)!;
      const geocode: [number, number] = [Number(row.lon_wgs84), Number(row.lat_wgs84)];
      if (!booleanPointInPolygon(geocode, unit)) expect(z.position.basis, `${z.code}: its geocode lies outside its host`).not.toMatch(/geocoded/);
    }
    // 西华 and 永城 are geocoded outside Henan in the transcription; they sit at their county's point.
    expect(byCode('S417127').position.basis).toBe('county-label');
    expect(byCode('S417116').position.basis).toBe('county-label');
  });

  it('gives every zone an English name and English industries, with no Chinese left in them', () => {
    for (const z of zones) {
      expect(z.name_en, z.code).not.toMatch(/[\u4e00-\u9fff]/);
      for (const i of z.industries) expect(i.en, z.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('changes since 2018', () => {
  it('accounts for every row of the older zone tables, as an update or dropped with a reason', () => {
    const lines = (f: string) => parseCsv(readFileSync(`data/reference/${f}`, 'utf8')).map((_, i) => `${f}#${i + 2}`);
    const seen = [...updates.map((u) => u.from), ...dropped.map((d) => d.from)].sort();
    expect(seen).toEqual([...lines('national_zones.csv'), ...lines('provincial_zones.csv')].sort());
  });

  it('points each update that grew out of a catalogue zone at a real catalogue row, and reads as finished text', () => {
    for (const u of updates) {
      if (u.catalogue_code) expect(zones.some((z) => z.code === u.catalogue_code), u.id).toBe(true);
      expect(zhProblems(u.event.zh), u.id).toEqual([]);
      expect(enProblems(u.event.en), u.id).toEqual([]);
      for (const c of u.sources) if (c.url) expect(() => new URL(c.url!)).not.toThrow();
    }
  });
});
