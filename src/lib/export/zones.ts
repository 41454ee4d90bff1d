// Development zones as an export layer, with the documented properties plus
// level, zone_type, leading_industries, confidence, position and source.
import type { FeatureCollection, Point } from 'geojson';
import type { ExportProps } from './features.ts';
import { isShown, type DevZone } from '../facts/dev-zones.ts';

export function zonesCollection(zones: readonly DevZone[]): FeatureCollection<Point, ExportProps> {
  return {
    type: 'FeatureCollection',
    features: zones.filter(isShown).map((z) => ({
      type: 'Feature',
      id: z.id,
      properties: {
        id: z.id,
        layer: 'devzones',
        kind: 'zone',
        name_zh: z.name_zh,
        name_en: z.name_en,
        members: [z.county_code ?? z.city_code],
        roles: {},
        external: [],
        source: z.source,
        summary_zh: `${z.level === 'national' ? '国家级' : '省级'}${z.zone_type}（规划以外的资料）`,
        summary_en: `${z.level} ${z.zone_type} (from sources outside the plans)`,
        level: z.level,
        zone_type: z.zone_type,
        leading_industries: z.leading_industries,
        confidence: z.confidence,
        position: z.position.precision,
        position_basis: z.position.basis,
      },
      geometry: { type: 'Point', coordinates: [z.position.lon, z.position.lat] },
    })),
  };
}
