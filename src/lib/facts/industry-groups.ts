// The atlas's grouping of county industries, as plain data the map's legend reads
// at start (the zod schema of the rows is in county-industries.ts).
import type { Bilingual } from '../i18n/lang.ts';
import type { CountyIndustry } from './county-industries.ts';

/** The atlas's grouping of the rows, after the plan's traditional industries; not the plan's or the source's. */
export const INDUSTRY_GROUPS = {
  materials: { zh: '材料', en: 'Materials' },
  equipment: { zh: '装备', en: 'Equipment' },
  vehicles: { zh: '汽车及零部件', en: 'Vehicles and parts' },
  food: { zh: '食品', en: 'Food' },
  light: { zh: '轻工纺织', en: 'Light industry and textiles' },
  medicine: { zh: '医药', en: 'Medicine' },
  produce: { zh: '特色农产品', en: 'Farm produce' },
} as const satisfies Record<string, Bilingual>;
export type IndustryGroup = keyof typeof INDUSTRY_GROUPS;

/** Rows shown as fact; unverified rows are shown only flagged as such. */
export const isVerified = (r: CountyIndustry) => r.verified;

/** Each county with a verified industry, and the group of the first one listed. */
export function countyGroupsOf(rows: readonly CountyIndustry[]): Map<string, IndustryGroup> {
  const out = new Map<string, IndustryGroup>();
  for (const r of rows.filter(isVerified)) if (!out.has(r.code)) out.set(r.code, r.group);
  return out;
}
