// A lookup over the committed geometry, for building export features.
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeoIndex } from './features.ts';

export interface GeoFiles {
  counties: FeatureCollection<Polygon | MultiPolygon, { adcode: string; label: [number, number] }>;
  cities: FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
  seats: FeatureCollection<Point, { adcode: string; name_zh: string; name_en: string; external: boolean }>;
  yellowRiverHenan: FeatureCollection<MultiLineString | LineString>;
}

export function geoIndex(f: GeoFiles): GeoIndex {
  const county = new Map(f.counties.features.map((x) => [x.properties.adcode, x]));
  const city = new Map(f.cities.features.map((x) => [x.properties.adcode, x]));
  const seat = new Map(f.seats.features.map((x) => [x.properties.adcode, x]));
  const river = f.yellowRiverHenan.features[0].geometry;
  return {
    county: (c) => county.get(c)?.geometry,
    city: (c) => city.get(c)?.geometry,
    seat: (c) => seat.get(c)?.geometry.coordinates as [number, number] | undefined,
    countyPoint: (c) => county.get(c)?.properties.label,
    external: (c) => {
      const s = seat.get(c);
      return s?.properties.external ? { code: c, name_zh: s.properties.name_zh, name_en: s.properties.name_en } : undefined;
    },
    yellowRiverHenan: river.type === 'MultiLineString' ? river : { type: 'MultiLineString', coordinates: [river.coordinates] },
  };
}
