// Development zones of the official 2018 catalogue (《中国开发区审核公告目录
// （2018年版）》): every Henan row, tied to its NBS 2023 county (or, where the
// host cannot be tied to one county with confidence, to its city), at an
// approximate position. data/zones/catalogue.json is written by
// data/zones/catalogue.ts; this is its shape.
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';
import { ZONE_TYPES, type ZoneType } from './catalogue-meta.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const catalogueZone = z
  .object({
    /** The catalogue's code (G… approved by the State Council, S… by the province). */
    code: z.string().regex(/^[GS]\d{6}$/),
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    level: z.enum(['national', 'provincial']),
    type: z.enum(Object.keys(ZONE_TYPES) as [ZoneType, ...ZoneType[]]),
    /** Year and month of approval, as the catalogue gives it. */
    approved: z.string().regex(/^\d{4}-\d{2}$/),
    area_ha: z.number().positive(),
    industries: z.array(bilingual).min(1),
    /** The host as the catalogue writes it (pre-2019 names). */
    host_zh: z.string().min(1),
    city_code: adcode,
    /** The host county-level unit; null where the host cannot be tied to one county with confidence. */
    county_code: adcode.nullable(),
    position: z
      .object({
        lon: z.number(),
        lat: z.number(),
        precision: z.literal('approximate'),
        /** county-label / city-seat: the unit's point; geocoded: the transcription's geocode, used because it lies inside the host unit. */
        basis: z.enum(['county-label', 'city-seat', 'geocoded-in-county', 'geocoded-in-city']),
      })
      .strict(),
  })
  .strict();
export type CatalogueZone = z.infer<typeof catalogueZone>;
export const catalogueFile = z.array(catalogueZone);

