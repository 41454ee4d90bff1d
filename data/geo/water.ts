// Rivers and lakes for the base map. GSHHG carries no names, so a river is
// named only where a rule ties one joined line to it beyond doubt.
import { along } from '@turf/along';
import { area } from '@turf/area';
import { booleanIntersects } from '@turf/boolean-intersects';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { lineString, polygon } from '@turf/helpers';
import { length } from '@turf/length';
import { lineSplit } from '@turf/line-split';
import { simplify as simplifyLine } from '@turf/simplify';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { lakes, rivers, type BBox } from './gshhg.ts';

interface County {
  properties: { name_zh: string };
  geometry: Polygon | MultiPolygon;
}

interface NamingRule {
  name_zh: string;
  name_en: string;
  level: number;
  /** The line must cross every one of these counties. */
  crosses: string[];
  why: string;
}

// The only GSHHG level-1 line crossing Henan is the Yellow River (the other
// level-1 line in the frame is the Yangtze, far south). The Huai rises in
// 桐柏 and leaves Henan past 淮滨 and 固始.
export const NAMING_RULES: NamingRule[] = [
  { name_zh: '黄河', name_en: 'Yellow River', level: 1, crosses: ['灵宝市'], why: 'the GSHHG level-1 river crossing Henan' },
  { name_zh: '淮河', name_en: 'Huai River', level: 2, crosses: ['桐柏县', '淮滨县'], why: 'the GSHHG level-2 river from 桐柏县 through 淮滨县' },
];

const LAKE_MIN_KM2 = { inHenan: 3, outside: 40 };

const round = (c: Position[]) => c.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);

export function buildWater(bbox: BBox, henan: Polygon | MultiPolygon, counties: County[]) {
  const county = new Map(counties.map((c) => [c.properties.name_zh, c.geometry]));
  const lines = rivers(bbox, [1, 2]).map(({ level, coords }) =>
    simplifyLine(lineString(coords, { level }), { tolerance: 0.002, highQuality: true }),
  );
  const nameOf = (f: Feature<LineString>) =>
    NAMING_RULES.find(
      (r) => r.level === f.properties!.level && r.crosses.every((n) => booleanIntersects(f, county.get(n)!)),
    );
  const riverFeatures = lines.map((f, i) => {
    const rule = nameOf(f as Feature<LineString>);
    return {
      type: 'Feature' as const,
      id: i,
      properties: {
        level: f.properties!.level as number,
        in_henan: booleanIntersects(f, henan),
        name_zh: rule?.name_zh ?? '',
        name_en: rule?.name_en ?? '',
        named_by: rule?.why ?? '',
      },
      geometry: { type: 'LineString' as const, coordinates: round(f.geometry.coordinates) },
    };
  });
  for (const rule of NAMING_RULES) {
    const n = riverFeatures.filter((f) => f.properties.name_zh === rule.name_zh).length;
    if (n !== 1) throw new Error(`naming rule for ${rule.name_zh} matched ${n} lines, expected 1`);
  }
  // Every lake of Henan that shows at province scale; outside it, only large ones.
  const lakeFeatures = lakes(bbox, LAKE_MIN_KM2.inHenan)
    .map((ring) => simplifyLine(polygon([ring]), { tolerance: 0.002, highQuality: true }))
    .map((p) => polygon([round(p.geometry.coordinates[0])]))
    .map((p) => ({ p, km2: Math.round(area(p) / 1e6), inHenan: booleanIntersects(p, henan) }))
    .filter(({ km2, inHenan }) => km2 >= (inHenan ? LAKE_MIN_KM2.inHenan : LAKE_MIN_KM2.outside))
    .map(({ p, km2, inHenan }, i) => ({
      type: 'Feature' as const,
      id: i,
      properties: { area_km2: km2, in_henan: inHenan },
      geometry: p.geometry,
    }));
  return { rivers: riverFeatures, lakes: lakeFeatures };
}

/**
 * The stretches of a river inside a province or along its border (within
 * 2 km): the river split where it crosses the border, keeping the pieces
 * whose midpoint lies in the province widened by 2 km.
 */
export function riverWithin(river: Feature<LineString>, area: Polygon | MultiPolygon): Feature<LineString | MultiLineString> {
  const zone = buffer(area, 2, { units: 'kilometers' })!;
  const outline = { type: 'Feature' as const, properties: {}, geometry: area };
  const pieces = lineSplit(river, outline as Feature<Polygon>).features.filter((p) =>
    booleanPointInPolygon(along(p, length(p) / 2), zone),
  );
  return {
    type: 'Feature',
    properties: { name_zh: river.properties!.name_zh, name_en: river.properties!.name_en, basis: 'GSHHG line inside Henan or within 2 km of its border' },
    geometry: { type: 'MultiLineString', coordinates: pieces.map((p) => round(p.geometry.coordinates)) },
  };
}
