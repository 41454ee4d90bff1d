// What Natural Earth (public domain, 1:10m) adds to the base map: the 丹江口
// reservoir, the three mountain ranges of the tourism layout clipped to
// Henan, names for rivers whose identity is certain from where they run, and
// Zhengzhou's airport. Read from data/reference/natural-earth/ (copied
// unchanged from the reference subset); every name is tied to a location by
// a rule that must hold, or the build stops.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanIntersects } from '@turf/boolean-intersects';
import { featureCollection, feature } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { simplify } from '@turf/simplify';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { cleanGeometry } from '../../src/lib/geo/clean.ts';

type Area = Polygon | MultiPolygon;
const read = <T>(dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;

export const NATURAL_EARTH = 'Natural Earth 1:10m (public domain), via data/reference/natural-earth/';

export function danjiangkou(dir: string): Feature<Area> {
  const lakes = read<FeatureCollection<Area, { name: string | null }>>(dir, 'lakes.geojson');
  const f = lakes.features.find((l) => l.properties.name === 'Danjiangkou Shuiku');
  if (!f) throw new Error('Natural Earth has no Danjiangkou Shuiku');
  return {
    type: 'Feature',
    properties: { name_zh: '丹江口水库', name_en: 'Danjiangkou Reservoir', source: 'Natural Earth' } as never,
    geometry: cleanGeometry(f.geometry),
  };
}

/** The ranges as Natural Earth draws them, clipped to Henan: physical outlines, not planned areas. */
export const RANGES = [
  { ne: 'Taihang Mts.', name_zh: '太行山', name_en: 'Taihang Mountains' },
  // The Funiu range is the eastern end of the Qinling; Natural Earth has no polygon of its own for it.
  { ne: 'Qinling Mountains', name_zh: '伏牛山（秦岭东段）', name_en: 'Funiu Mountains (eastern Qinling)' },
  { ne: 'Dabie Mts.', name_zh: '大别山', name_en: 'Dabie Mountains' },
] as const;

export function ranges(dir: string, henan: Area): Feature<Area>[] {
  const fc = read<FeatureCollection<Area, { name: string }>>(dir, 'mountain_ranges.geojson');
  return RANGES.map((r) => {
    const f = fc.features.find((x) => x.properties.name === r.ne);
    if (!f) throw new Error(`Natural Earth has no ${r.ne}`);
    const clipped = intersect(featureCollection([f, feature(henan)]));
    if (!clipped) throw new Error(`${r.ne} does not reach Henan`);
    return {
      type: 'Feature' as const,
      properties: { name_zh: r.name_zh, name_en: r.name_en, source: 'Natural Earth', clipped_to: 'Henan' },
      // Outlines at province scale: detail finer than about 500 m would only add bytes.
      geometry: cleanGeometry(simplify(clipped, { tolerance: 0.005, highQuality: true }).geometry),
    };
  });
}

interface RiverRule {
  ne: string;
  name_zh: string;
  name_en: string;
  /** Units (county names, or province codes of the neighbours) the line must touch, and those it must not. */
  touches: string[];
  avoids: string[];
  why: string;
}

// Names are given only where the line's course makes the river certain; others (Quan, Hudi…) stay unnamed.
export const RIVER_RULES: RiverRule[] = [
  { ne: 'Qin', name_zh: '沁河', name_en: 'Qin River', touches: ['沁阳市', '武陟县'], avoids: [], why: 'runs through 沁阳 to 武陟, where the Qin joins the Yellow River' },
  { ne: 'Zhang', name_zh: '漳河', name_en: 'Zhang River', touches: ['林州市', '安阳县'], avoids: [], why: 'runs along the Henan–Hebei border north of 林州 and 安阳' },
  { ne: 'Dan', name_zh: '丹江', name_en: 'Dan River', touches: ['淅川县'], avoids: [], why: 'runs from Shaanxi into 淅川, where it enters the 丹江口 reservoir' },
  { ne: 'Han', name_zh: '汉江', name_en: 'Han River', touches: ['420000', '610000'], avoids: ['henan'], why: 'runs through Shaanxi and Hubei, south of Henan' },
  { ne: 'Ying', name_zh: '颍河', name_en: 'Ying River', touches: ['340000'], avoids: ['henan'], why: 'the lower Ying in Anhui, down to the Huai' },
  { ne: 'Wei', name_zh: '渭河', name_en: 'Wei River', touches: ['610000'], avoids: ['henan'], why: 'runs through Shaanxi to the Yellow River' },
  { ne: 'Fen', name_zh: '汾河', name_en: 'Fen River', touches: ['140000'], avoids: ['henan'], why: 'runs through Shanxi to the Yellow River' },
];

export function riverNames(
  dir: string,
  units: Map<string, Area>,
  henan: Area,
): Feature<LineString | MultiLineString, { name_zh: string; name_en: string; named_by: string }>[] {
  const fc = read<FeatureCollection<LineString | MultiLineString, { name: string | null; featurecla: string }>>(dir, 'rivers_lake_centerlines.geojson');
  return RIVER_RULES.map((rule) => {
    const lines = fc.features.filter((f) => f.properties.name === rule.ne && f.properties.featurecla === 'River');
    if (lines.length !== 1) throw new Error(`Natural Earth has ${lines.length} rivers named ${rule.ne}, expected 1`);
    const line = lines[0];
    for (const u of rule.touches) {
      const area = units.get(u);
      if (!area) throw new Error(`no unit ${u} for the ${rule.ne} rule`);
      if (!booleanIntersects(line, feature(area))) throw new Error(`Natural Earth's ${rule.ne} does not touch ${u}: its name is not certain`);
    }
    if (rule.avoids.includes('henan') && booleanIntersects(line, feature(henan))) throw new Error(`Natural Earth's ${rule.ne} enters Henan`);
    return {
      type: 'Feature' as const,
      properties: { name_zh: rule.name_zh, name_en: rule.name_en, named_by: `Natural Earth "${rule.ne}"; ${rule.why}` },
      // The line only carries the name along the river: about a kilometre of detail is plenty.
      geometry: cleanGeometry(simplify(line, { tolerance: 0.01, highQuality: true }).geometry),
    };
  });
}

export function airport(dir: string): Feature<Point> {
  const fc = read<FeatureCollection<Point, { iata_code: string }>>(dir, 'airports.geojson');
  const cgo = fc.features.find((f) => f.properties.iata_code === 'CGO');
  if (!cgo) throw new Error('Natural Earth has no CGO');
  return {
    type: 'Feature',
    properties: {
      code: 'CGO',
      name_zh: '郑州新郑国际机场',
      name_en: 'Zhengzhou Xinzheng International Airport',
      source: 'Natural Earth',
      // A 1:10m point: about a kilometre from the terminal.
      precision: 'about 1 km (Natural Earth 1:10m)',
    } as never,
    geometry: cleanGeometry(cgo.geometry),
  };
}
