// The plan index: one record per statement of either plan that ties something
// to a place (a city, county, named platform, pilot, hub, event, area or
// basin), with whether the atlas draws it and, if not, why.
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';
import { cite, planName } from './schema.ts';

const text = z.string().min(1);
const bilingual = z.object({ zh: text, en: text }).strict();

export const statement = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    plan: planName,
    chapter: cite.shape.chapter,
    /** What the statement ties to the place, in the atlas's own words. */
    what: bilingual,
    /** Henan cities or county-level units the statement names, by NBS code. */
    places: z.array(adcode),
    /** Places outside Henan it names, as written (Xi'an, Beijing, Luxembourg…). */
    outside: z.array(bilingual).default([]),
    /** place: names cities or counties; province: the whole province; basin: a river basin; area: a named area without a list of places. */
    scope: z.enum(['place', 'province', 'basin', 'area']),
    /** drawn: a plan record puts it on the map; listed: shown in the province-wide list (with the reason). */
    shown: z.enum(['drawn', 'listed']),
    /** The plan records that draw it (drawn) or that it belongs to. */
    records: z.array(z.string()).default([]),
    /** Why a listed statement is not drawn. */
    reason: bilingual.optional(),
  })
  .strict();
export type Statement = z.infer<typeof statement>;
export const statementFile = z.array(statement);

export const chapterEntry = z
  .object({ plan: planName, chapter: cite.shape.chapter, title_zh: text, title_en: text })
  .strict();
export type ChapterEntry = z.infer<typeof chapterEntry>;
export const chapterFile = z.array(chapterEntry);
