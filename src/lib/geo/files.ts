// The committed geometry under public/geo/, as the app addresses it.
export const GEO_FILES = {
  counties: 'henan-counties.geojson',
  cities: 'henan-cities.geojson',
  province: 'henan-province.geojson',
  neighbours: 'neighbours.geojson',
  labels: 'labels.geojson',
  rivers: 'rivers.geojson',
  lakes: 'lakes.geojson',
  seats: 'seats.geojson',
  yellowRiverHenan: 'yellow-river-henan.geojson',
  ranges: 'ranges.geojson',
  riverNames: 'river-names.geojson',
  airports: 'airports.geojson',
  manifest: 'manifest.json',
} as const;

export type GeoFile = keyof typeof GEO_FILES;

/** URL of a geo file relative to the page, so the app works under any base path. */
export function geoUrl(file: GeoFile, base: string = import.meta.env.BASE_URL): string {
  return new URL(`${base}geo/${GEO_FILES[file]}`, document.baseURI).href;
}
