// Development zones as export layers: the 2018 catalogue (with the documented
// properties plus the catalogue's facts and citation), and the dated updates.
import type { FeatureCollection, Point } from 'geojson';
import type { ExportProps } from './features.ts';
import type { CatalogueZone } from '../facts/catalogue.ts';
import { CATALOGUE_CITATION, ZONE_TYPES } from '../facts/catalogue-meta.ts';

export function zonesCollection(zones: readonly CatalogueZone[]): FeatureCollection<Point, ExportProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => ({
      type: 'Feature',
      id: z.code,
      properties: {
        id: z.code,
        layer: 'devzones',
        kind: 'zone',
        name_zh: z.name_zh,
        name_en: z.name_en,
        members: [z.county_code ?? z.city_code],
        roles: {},
        external: [],
        summary_zh: `${ZONE_TYPES[z.type].zh}，${z.level === 'national' ? '国务院' : '省政府'}批准（2018年国家目录，非规划所列）`,
        summary_en: `${ZONE_TYPES[z.type].en}, approved by the ${z.level === 'national' ? 'State Council' : 'province'} (2018 national catalogue, not from the plans)`,
        catalogue_code: z.code,
        level: z.level,
        zone_type: z.type,
        approved: z.approved,
        area_ha: z.area_ha,
        area_km2: Math.round(z.area_ha) / 100,
        industries_zh: z.industries.map((i) => i.zh),
        industries_en: z.industries.map((i) => i.en),
        host_in_catalogue: z.host_zh,
        city_code: z.city_code,
        county_code: z.county_code,
        position: z.position.precision,
        position_basis: z.position.basis,
        sources: [CATALOGUE_CITATION],
      },
      geometry: { type: 'Point', coordinates: [z.position.lon, z.position.lat] },
    })),
  };
}
