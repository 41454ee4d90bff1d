// Fetches the small files the UI itself reads; the map fetches geometry on its own.
import { geoUrl, type GeoFile } from './files.ts';
import { parseGazetteer, type Gazetteer } from './gazetteer.ts';
import { seatCollection } from './schema.ts';

async function fetchJson(file: GeoFile): Promise<unknown> {
  const res = await fetch(geoUrl(file));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.json();
}

export type Seats = ReadonlyMap<string, [number, number]>;

export async function loadBase(): Promise<{ gazetteer: Gazetteer; seats: Seats }> {
  const [labels, seats] = await Promise.all([fetchJson('labels'), fetchJson('seats')]);
  return {
    gazetteer: parseGazetteer(labels),
    seats: new Map(seatCollection.parse(seats).features.map((f) => [f.properties.adcode, f.geometry.coordinates])),
  };
}
