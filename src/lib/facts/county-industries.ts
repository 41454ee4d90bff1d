// County characteristic industries: facts from outside the plans, each row
// with its source and confidence (data/counties/county-industries.json).
import { z } from 'zod';
import type { Bilingual } from '../i18n/lang.ts';
import { adcode } from '../geo/schema.ts';

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

export const countyIndustry = z
  .object({
    code: adcode,
    county_zh: z.string().min(1),
    industry_zh: z.string().min(1),
    industry_en: z.string().min(1),
    group: z.enum(Object.keys(INDUSTRY_GROUPS) as [IndustryGroup, ...IndustryGroup[]]),
    scale_note: z.string(),
    source: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    notes: z.string(),
  })
  .strict();
export type CountyIndustry = z.infer<typeof countyIndustry>;

export const countyIndustryFile = z.array(countyIndustry);

/** Rows shown as fact: low-confidence rows are shown only flagged as unverified. */
export const isVerified = (r: CountyIndustry) => r.confidence !== 'low';
