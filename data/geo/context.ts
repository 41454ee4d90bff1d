// The six neighbouring provinces, shown as muted context around Henan.
import { bboxPolygon } from '@turf/bbox-polygon';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { cleanGeometry } from '../../src/lib/geo/clean.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import type { BBox } from './gshhg.ts';

export const CONTEXT_BBOX: BBox = [106.5, 29.0, 120.5, 39.0];

export const NEIGHBOURS = [
  { code: '140000', nameZh: '山西省', nameEn: 'Shanxi', filePrefix: 'shan1_xi1_' },
  { code: '130000', nameZh: '河北省', nameEn: 'Hebei', filePrefix: 'he2_bei3_' },
  { code: '370000', nameZh: '山东省', nameEn: 'Shandong', filePrefix: 'shan1_dong1_' },
  { code: '340000', nameZh: '安徽省', nameEn: 'Anhui', filePrefix: 'an1_hui1_' },
  { code: '420000', nameZh: '湖北省', nameEn: 'Hubei', filePrefix: 'hu2_bei3_' },
  { code: '610000', nameZh: '陕西省', nameEn: 'Shaanxi', filePrefix: 'shan3_xi1_' },
] as const;

/** A proper polygon clip (a bbox clip leaves empty parts and slivers along the frame), cleaned. */
export function clipToContext(geom: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const clipped = intersect(featureCollection([feature(geom), bboxPolygon(CONTEXT_BBOX)]));
  if (!clipped) throw new Error('a neighbouring province lies outside the frame');
  return cleanGeometry(clipped.geometry as Polygon | MultiPolygon);
}
