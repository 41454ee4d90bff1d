// Fetches the small files the UI itself reads; the map fetches geometry on its own.
// They are the app's own committed files, checked with the geometry (data tests),
// so they are taken as typed data; a file that is not a feature collection fails the load.
import { geoUrl, type GeoFile } from './files.ts';
import { gazetteerOf, type Gazetteer } from './gazetteer.ts';
import type { LabelCollection, SeatCollection } from './schema.ts';

async function fetchCollection<T extends { features: unknown[] }>(file: GeoFile): Promise<T> {
  const res = await fetch(geoUrl(file));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  const json: unknown = await res.json();
  if (!json || typeof json !== 'object' || !Array.isArray((json as { features?: unknown }).features)) throw new Error(`${file}: not a feature collection`);
  return json as T;
}

export type Seats = ReadonlyMap<string, [number, number]>;

export async function loadBase(): Promise<{ gazetteer: Gazetteer; seats: Seats }> {
  const [labels, seats] = await Promise.all([fetchCollection<LabelCollection>('labels'), fetchCollection<SeatCollection>('seats')]);
  return {
    gazetteer: gazetteerOf(labels),
    seats: new Map(seats.features.map((f) => [f.properties.adcode, f.geometry.coordinates])),
  };
}
