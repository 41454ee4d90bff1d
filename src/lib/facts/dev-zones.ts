// Development zones: facts from sourced reference tables, not from the plans.
// Every position is approximate (a city or county seat, never the zone's site).
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';

export const devZone = z
  .object({
    id: z.string().regex(/^(nat|prov)-\d{2}(-\d)?$/),
    name_zh: z.string().min(1),
    /** Other names the source gives (short forms). */
    alias_zh: z.string(),
    name_en: z.string(),
    level: z.enum(['national', 'provincial']),
    zone_type: z.string().min(1),
    city_code: adcode,
    /** The host county-level unit, where the source names one. */
    county_code: adcode.nullable(),
    leading_industries: z.string(),
    source: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
    notes: z.string(),
    position: z.object({
      lon: z.number(),
      lat: z.number(),
      precision: z.literal('approximate'),
      basis: z.string().min(1),
    }),
  })
  .strict();
export type DevZone = z.infer<typeof devZone>;
export const devZoneFile = z.array(devZone);

/** Size of the official 2021–2022 provincial list ("一县一省级开发区" integration), for the coverage note. */
export const OFFICIAL_PROVINCIAL_COUNT = 184;

/** Rows shown as fact; low-confidence rows are left off the map and counted. */
export const isShown = (z: DevZone) => z.confidence !== 'low';
