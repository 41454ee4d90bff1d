import type { SeatCollection } from '../geo/schema.ts';
import type { LonLat } from '../layers/types.ts';

/** Seat positions by code from the text of seats.geojson, as the app looks them up once loaded. */
export function seatsOf(text: string): (code: string) => LonLat | undefined {
  const fc = JSON.parse(text) as SeatCollection;
  const at = new Map(fc.features.map((f) => [f.properties.adcode, f.geometry.coordinates as LonLat]));
  return (code) => at.get(code);
}
