// "What lies within N km of here": a centre (a city seat, a county's point or
// any point on the map) and a radius, the items within it by straight-line
// distance, and the circle to draw.
import type { Gazetteer } from '../geo/gazetteer.ts';

export type Centre = { kind: 'city' | 'county'; code: string } | { kind: 'point'; lon: number; lat: number };
export interface Around {
  centre: Centre;
  km: number;
}

export const RADIUS = { min: 1, max: 300, initial: 25 } as const;

export function centrePoint(c: Centre, g: Gazetteer, seat: (code: string) => [number, number] | undefined): [number, number] | null {
  if (c.kind === 'point') return [c.lon, c.lat];
  if (c.kind === 'city') return seat(c.code) ?? g.city(c.code)?.point ?? null;
  return g.county(c.code)?.point ?? null;
}

/** The URL's form: near=city:410100, near=county:410783 or near=113.62,34.75; and r=25. */
export function formatCentre(c: Centre): string {
  return c.kind === 'point' ? `${c.lon.toFixed(4)},${c.lat.toFixed(4)}` : `${c.kind}:${c.code}`;
}

export function parseCentre(v: string): Centre | null {
  const place = /^(city|county):(\d{6})$/.exec(v);
  if (place) return { kind: place[1] as 'city' | 'county', code: place[2] };
  const point = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?)$/.exec(v);
  if (point) {
    const [lon, lat] = [Number(point[1]), Number(point[2])];
    if (lon >= 106 && lon <= 121 && lat >= 29 && lat <= 39.5) return { kind: 'point', lon, lat };
  }
  return null;
}

export function parseRadius(v: string): number | null {
  if (!/^\d{1,3}(\.\d)?$/.test(v)) return null;
  const n = Number(v);
  return n >= RADIUS.min && n <= RADIUS.max ? n : null;
}
