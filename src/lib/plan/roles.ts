// What the plans say about one place: the records that name it, with its role.
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { PlanRecord, Role } from './schema.ts';

export interface PlaceItem {
  record: PlanRecord;
  /** The place's own role, or 'contains' when only counties of a city are named. */
  role: Role | 'contains';
  /** For 'contains': the member counties inside the city. */
  counties: string[];
}

/** Records that name a city directly, or name counties inside it. */
export function cityItems(code: string, records: readonly PlanRecord[], g: Gazetteer): PlaceItem[] {
  return records.flatMap((record): PlaceItem[] => {
    const own = record.members.find((m) => m.code === code && !isCountyRecord(record));
    if (own) return [{ record, role: own.role, counties: [] }];
    const inside = record.members.filter((m) => isCountyRecord(record) && g.county(m.code)?.city_adcode === code);
    return inside.length ? [{ record, role: 'contains', counties: inside.map((m) => m.code) }] : [];
  });
}

/** Records that name a county directly, and programmes for every county. */
export function countyItems(code: string, records: readonly PlanRecord[]): PlaceItem[] {
  return records.flatMap((record): PlaceItem[] => {
    const own = record.members.find((m) => m.code === code && isCountyRecord(record));
    if (own) return [{ record, role: own.role, counties: [] }];
    return record.all_counties ? [{ record, role: 'member', counties: [] }] : [];
  });
}

// 济源 (419001) is both a county-level and a prefecture-level unit; a record
// is about counties when it names any unit that is not a prefecture.
const PREFECTURE = /^41\d{2}00$|^419001$/;
export function isCountyRecord(r: PlanRecord): boolean {
  return r.members.some((m) => !PREFECTURE.test(m.code));
}
