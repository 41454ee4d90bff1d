// What the map shows for an open plan feature: its member cities or counties
// outlined, and the extent that holds them (and the places outside Henan it
// reaches).
import type { Gazetteer } from '../geo/gazetteer.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { isCountyRecord } from '../plan/roles.ts';
import type { BBox } from './create.ts';

export interface ItemFocus {
  codes: { cities: string[]; counties: string[] };
  /** null when the feature names no place (it is listed, not drawn). */
  bounds: BBox | null;
}

export function itemFocus(id: string, g: Gazetteer, seat: (code: string) => [number, number] | undefined): ItemFocus | null {
  const r = PLAN_RECORDS.find((x) => x.id === id);
  if (!r) return null;
  const county = isCountyRecord(r);
  const codes = r.members.map((m) => m.code);
  const points = [
    ...codes.map((c) => (county ? g.county(c)?.point : (seat(c) ?? g.city(c)?.point))),
    ...r.external.map((c) => seat(c)),
  ].filter((p): p is [number, number] => p !== undefined);
  const bounds: BBox | null = points.length
    ? [
        Math.min(...points.map((p) => p[0])),
        Math.min(...points.map((p) => p[1])),
        Math.max(...points.map((p) => p[0])),
        Math.max(...points.map((p) => p[1])),
      ]
    : null;
  return { codes: county ? { cities: [], counties: codes } : { cities: codes, counties: [] }, bounds };
}
