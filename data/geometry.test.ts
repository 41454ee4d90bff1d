// Every committed geometry file opens cleanly in a GIS: RFC 7946 winding, no
// empty or repeated parts, no self-intersections or parts sharing an edge,
// four decimals at most. And what Natural Earth adds sits where it should.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanWithin } from '@turf/boolean-within';
import { buffer } from '@turf/buffer';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { collectionProblems } from '../src/lib/geo/validity.ts';
import { RIVER_RULES } from './geo/natural-earth.ts';

type Area = Polygon | MultiPolygon;
const read = <T>(f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as T;
const counties = read<FeatureCollection<Area, { name_zh: string; adcode: string }>>('henan-counties.geojson').features;
const neighbours = read<FeatureCollection<Area, { adcode: string }>>('neighbours.geojson').features;
const province = read<FeatureCollection<Area>>('henan-province.geojson').features[0];
const county = (name: string) => counties.find((c) => c.properties.name_zh === name)!;

describe('geometry files are valid for GIS software', () => {
  for (const f of readdirSync('public/geo').filter((x) => x.endsWith('.geojson'))) {
    it(f, () => expect(collectionProblems(read(f), 4)).toEqual([]));
  }

  it('the checks find what a GIS would reject', () => {
    const cw: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] } }] };
    expect(collectionProblems(cw, 4)[0]).toMatch(/clockwise/);
    const shared: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]] } }],
    };
    expect(collectionProblems(shared, 4).join()).toMatch(/share/);
    const bowtie: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] } }] };
    expect(collectionProblems(bowtie, 4).join()).toMatch(/crosses itself/);
    const precise: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [113.123456789, 34.1] } }] };
    expect(collectionProblems(precise, 4).join()).toMatch(/decimals/);
  });
});

describe('Natural Earth additions', () => {
  const lakes = read<FeatureCollection<Area, { name_zh?: string }>>('lakes.geojson').features;

  it('丹江口水库 lies on the Henan–Hubei border at 淅川, named in both languages', () => {
    const d = lakes.find((l) => l.properties.name_zh === '丹江口水库')! as Feature<Area, { name_zh: string; name_en: string }>;
    expect(d.properties.name_en).toBe('Danjiangkou Reservoir');
    expect(booleanIntersects(d, county('淅川县'))).toBe(true);
    expect(booleanIntersects(d, neighbours.find((n) => n.properties.adcode === '420000')!)).toBe(true);
  });

  it('draws the three ranges clipped to Henan, labelled as physical ranges', () => {
    const ranges = read<FeatureCollection<Area, { name_zh: string }>>('ranges.geojson').features;
    expect(ranges.map((r) => r.properties.name_zh)).toEqual(['太行山', '伏牛山（秦岭东段）', '大别山']);
    const henan = buffer(province, 0.5, { units: 'kilometers' })!;
    for (const r of ranges) expect(booleanWithin(r, henan), r.properties.name_zh).toBe(true);
    // Where each range sits: Taihang in the north-west, Funiu in the west, Dabie in the south.
    expect(booleanIntersects(ranges[0], county('林州市'))).toBe(true);
    expect(booleanIntersects(ranges[1], county('栾川县'))).toBe(true);
    expect(booleanIntersects(ranges[2], county('新县'))).toBe(true);
  });

  it('names rivers only where their course makes them certain', () => {
    const names = read<FeatureCollection<LineString | MultiLineString, { name_zh: string }>>('river-names.geojson').features;
    expect(names.map((n) => n.properties.name_zh)).toEqual(RIVER_RULES.map((r) => r.name_zh));
    const unit = (u: string) => (/^\d+$/.test(u) ? neighbours.find((n) => n.properties.adcode === u)! : county(u));
    for (const rule of RIVER_RULES) {
      const line = names.find((n) => n.properties.name_zh === rule.name_zh)!;
      for (const u of rule.touches) expect(booleanIntersects(line, unit(u)), `${rule.name_zh} ${u}`).toBe(true);
      if (rule.avoids.includes('henan')) expect(booleanIntersects(line, province), rule.name_zh).toBe(false);
    }
  });

  it('puts Zhengzhou Xinzheng airport in Zhengzhou, south-east of the city', () => {
    const cgo = read<FeatureCollection<Point, { code: string }>>('airports.geojson').features[0];
    expect(cgo.properties.code).toBe('CGO');
    expect(['新郑市', '中牟县'].some((n) => booleanPointInPolygon(cgo.geometry.coordinates, county(n)))).toBe(true);
  });
});
