// One GeoJSON FeatureCollection per layer, with the properties documented in
// the export README: used by the export CLI and the in-app downloads alike.
import { union } from '@turf/union';
import { feature, featureCollection } from '@turf/helpers';
import { cleanGeometry } from '../geo/clean.ts';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { LayerKey, PlanRecord, Role } from '../plan/schema.ts';
import { isCountyRecord } from '../plan/roles.ts';

export interface GeoIndex {
  city(code: string): Polygon | MultiPolygon | undefined;
  county(code: string): Polygon | MultiPolygon | undefined;
  /** City seats and external places. */
  seat(code: string): [number, number] | undefined;
  /** A county's label point. */
  countyPoint(code: string): [number, number] | undefined;
  external(code: string): { code: string; name_zh: string; name_en: string } | undefined;
  yellowRiverHenan: MultiLineString;
}

export interface ExportProps {
  id: string;
  layer: string;
  kind: string;
  name_zh: string;
  name_en: string;
  members: string[];
  roles: Record<string, Role>;
  external: { code: string; name_zh: string; name_en: string }[];
  cite?: { plan: string; chapter: string }[];
  source?: string;
  summary_zh: string;
  summary_en: string;
  [extra: string]: unknown;
}

/** The members' areas dissolved into one (the belt's 25 counties are one area, not 25 parts), cleaned for GIS use. */
const dissolved = (parts: (Polygon | MultiPolygon | undefined)[]): Polygon | MultiPolygon | null => {
  const areas = parts.filter((g): g is Polygon | MultiPolygon => !!g);
  if (!areas.length) return null;
  const merged = areas.length === 1 ? areas[0] : union(featureCollection(areas.map((g) => feature(g))))?.geometry;
  return merged ? cleanGeometry(merged, 4) : null;
};

/** The geometry a record stands for: areas of its members, points, a line through seats, or the river band. */
export function recordGeometry(r: PlanRecord, g: GeoIndex): Geometry | null {
  const codes = r.members.map((m) => m.code);
  const county = isCountyRecord(r);
  switch (r.kind) {
    case 'centre':
    case 'sub-centre':
    case 'site':
    case 'node': {
      const pts = codes.map((c) => (county ? g.countyPoint(c) : g.seat(c))).filter((p) => !!p) as [number, number][];
      return pts.length ? { type: 'MultiPoint', coordinates: pts } : null;
    }
    case 'corridor': {
      const path = [...codes, ...r.external].map((c) => g.seat(c)).filter((p) => !!p) as [number, number][];
      return path.length > 1 ? { type: 'LineString', coordinates: path } : null;
    }
    case 'band':
      return g.yellowRiverHenan;
    default:
      return dissolved(codes.map((c) => (county ? g.county(c) : g.city(c))));
  }
}

export function recordFeature(r: PlanRecord, g: GeoIndex, allCounties: string[]): Feature<Geometry | null, ExportProps> {
  const members = r.all_counties ? allCounties : r.members.map((m) => m.code);
  return {
    type: 'Feature',
    id: r.id,
    properties: {
      id: r.id,
      layer: r.layer,
      kind: r.kind,
      name_zh: r.name_zh,
      name_en: r.name_en,
      members,
      roles: Object.fromEntries(r.members.map((m) => [m.code, m.role])),
      external: r.external.map((c) => g.external(c)).filter((e) => !!e) as ExportProps['external'],
      cite: r.cite,
      ...(r.membership ? { basis_zh: r.membership.basis_zh, basis_en: r.membership.basis_en, sources: r.membership.sources } : {}),
      summary_zh: r.summary_zh,
      summary_en: r.summary_en,
      items: r.items.map((i) => `${i.name_zh} (${i.name_en})`),
      ...(r.industry
        ? {
            industry_group: `${r.industry.group_zh} (${r.industry.group_en})`,
            industry_chain: r.industry.chain_zh ? `${r.industry.chain_zh} (${r.industry.chain_en})` : null,
          }
        : {}),
      ...(r.hub_type ? { hub_type: r.hub_type } : {}),
      open_list: r.open_list,
    },
    geometry: recordGeometry(r, g),
  };
}

export function layerCollection(
  layer: LayerKey,
  records: readonly PlanRecord[],
  g: GeoIndex,
  allCounties: string[],
): FeatureCollection<Geometry | null, ExportProps> {
  return {
    type: 'FeatureCollection',
    features: records.filter((r) => r.layer === layer).map((r) => recordFeature(r, g, allCounties)),
  };
}
