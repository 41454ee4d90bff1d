// County characteristic industries: facts from outside the plans, curated from
// the sourced reference table (data/counties/county-industries.json). Every row
// carries structured citations and its notes in both languages.
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';
import { citation } from './citation.ts';

export { INDUSTRY_GROUPS, isVerified, type IndustryGroup } from './industry-groups.ts';
import { INDUSTRY_GROUPS, type IndustryGroup } from './industry-groups.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const countyIndustry = z
  .object({
    /** Stable id: the county code and a short slug. */
    id: z.string().regex(/^\d{6}-[a-z0-9-]+$/),
    code: adcode,
    industry: bilingual,
    group: z.enum(Object.keys(INDUSTRY_GROUPS) as [IndustryGroup, ...IndustryGroup[]]),
    /** Scale and context, finished text in each language; null when the source gives none. */
    note: bilingual.nullable(),
    /** The year the figures or the listing refer to, when the source gives one. */
    as_of: z.number().int().min(1990).max(2030).nullable(),
    /** A national list the county's cluster is on (MIIT small and medium enterprise characteristic industry clusters). */
    recognition: z
      .object({ list: z.enum(['miit-sme-cluster']), year: z.number().int(), name: bilingual })
      .strict()
      .nullable(),
    sources: z.array(citation).min(1),
    /** false: the research behind the row is weak (low confidence, or only reposts); shown flagged, never coloured. */
    verified: z.boolean(),
    /** Where the row came from: a row of the reference table (by its 1-based line) or a named list. */
    from: z.string().regex(/^(county_industries\.csv#\d+|miit-\d{4})(\+(county_industries\.csv#\d+|miit-\d{4}))*$/),
  })
  .strict();
export type CountyIndustry = z.infer<typeof countyIndustry>;

export const countyIndustryFile = z.array(countyIndustry);

