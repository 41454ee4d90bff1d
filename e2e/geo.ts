// The committed geometry, read the way a GIS user would, to know what the map should show.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Props = { adcode: string; name_zh: string; name_en: string; city_adcode: string };
const counties = JSON.parse(readFileSync('public/geo/henan-counties.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  Props
>;
const cities = JSON.parse(readFileSync('public/geo/henan-cities.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  Props
>;

export function countyAt(lon: number, lat: number): Props {
  const hit = counties.features.find((f) => booleanPointInPolygon([lon, lat], f));
  if (!hit) throw new Error(`no county at ${lon},${lat}`);
  return hit.properties;
}

export const cityOf = (code: string): Props => cities.features.find((f) => f.properties.adcode === code)!.properties;

/** The points of a county's outer boundary, from the committed geometry. */
export function countyBoundary(code: string): [number, number][] {
  const g = counties.features.find((f) => f.properties.adcode === code)!.geometry;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates.flatMap((p) => p[0]);
  return ring as [number, number][];
}
