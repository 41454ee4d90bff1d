// What the map shows for an open plan feature: its member cities or counties
// outlined, and the extent that holds them (and the places outside Henan it
// reaches).
import type { Gazetteer } from '../geo/gazetteer.ts';
import { planRecords } from '../plan/records.ts';
import { isCountyRecord } from '../plan/roles.ts';
import type { BBox } from './create.ts';

export interface ItemFocus {
  codes: { cities: string[]; counties: string[] };
  /** null when the feature names no place (it is listed, not drawn). */
  bounds: BBox | null;
}

export function itemFocus(id: string, g: Gazetteer, seat: (code: string) => [number, number] | undefined): ItemFocus | null {
  const r = planRecords().find((x) => x.id === id);
  if (!r) return null;
  const county = isCountyRecord(r);
  const codes = r.members.map((m) => m.code);
  // The members' own extents (areas), and the places outside Henan the feature reaches (points).
  const boxes = [
    ...codes.map((c) => (county ? g.county(c) : g.city(c))?.bbox),
    ...r.external.map((c) => seat(c)).map((p) => (p ? ([p[0], p[1], p[0], p[1]] as const) : undefined)),
  ].filter((b) => b !== undefined);
  const bounds: BBox | null = boxes.length
    ? [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))]
    : null;
  return { codes: county ? { cities: [], counties: codes } : { cities: codes, counties: [] }, bounds };
}
