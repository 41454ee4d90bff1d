// Lines from a record's first member to each place outside Henan it reaches
// (e.g. 南阳 → 西安, 武汉), as a GeoJSON source for MapLibre.
import type { FeatureCollection, LineString } from 'geojson';
import type { PlanRecord } from '../plan/schema.ts';
import type { LonLat } from './types.ts';

export function externalLinks(
  records: readonly PlanRecord[],
  seat: (code: string) => LonLat | undefined,
): FeatureCollection<LineString, { record: string; to: string }> {
  return {
    type: 'FeatureCollection',
    features: records.flatMap((r) => {
      const from = r.members[0] && seat(r.members[0].code);
      return from
        ? r.external.flatMap((code) => {
            const to = seat(code);
            return to
              ? [{ type: 'Feature' as const, properties: { record: r.id, to: code }, geometry: { type: 'LineString' as const, coordinates: [from, to] } }]
              : [];
          })
        : [];
    }),
  };
}
