// Dated updates to the 2018 zone catalogue: zones set up, upgraded or renamed
// after it, from the sourced reference tables. Shown apart from the catalogue,
// each with its date and citations (data/zones/updates.json).
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';
import { citation, isoDate } from './citation.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const zoneUpdate = z
  .object({
    id: z.string().regex(/^upd-[a-z0-9-]+$/),
    /** The zone's name as its sources write it today. */
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    level: z.enum(['national', 'provincial']),
    zone_type: bilingual,
    city_code: adcode,
    /** The host county-level unit, where the sources name one. */
    county_code: adcode.nullable(),
    /** The catalogue zone this one grew out of or is, by catalogue code; null when the 2018 catalogue has no such zone. */
    catalogue_code: z.string().regex(/^[GS]\d{6}$/).nullable(),
    /** What happened after 2018, in words (set up, upgraded, merged, renamed…). */
    event: bilingual,
    /** When it happened, as precisely as the sources say. */
    as_of: isoDate,
    leading_industries: bilingual.nullable(),
    sources: z.array(citation).min(1),
    /** false: weak research behind it (low confidence or reposts only); shown flagged. */
    verified: z.boolean(),
    /** The reference table row it comes from (1-based line). */
    from: z.string().regex(/^(national_zones|provincial_zones)\.csv#\d+$/),
  })
  .strict();
export type ZoneUpdate = z.infer<typeof zoneUpdate>;
export const zoneUpdateFile = z.array(zoneUpdate);
