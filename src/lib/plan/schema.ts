// The plan data's schema: data/plan/*.json is checked against it at build
// time and when loaded; the TypeScript types come from it.
import { z } from '../zod.ts';
import { adcode } from '../geo/schema.ts';
import { citation } from '../facts/citation.ts';
import { HUB_TYPES, LAYER_KEYS, PLANS } from './keys.ts';

export { PLANS, LAYER_KEYS, HUB_TYPES, type PlanName, type LayerKey, type HubType } from './keys.ts';

export const planName = z.enum(PLANS);
export const layerKey = z.enum(LAYER_KEYS);

export const cite = z.object({
  plan: planName,
  /** As the plan numbers it: 第十四章 第二节 (manufacturing) or 二（四） (services). */
  chapter: z.string().regex(/^(第[一二三四五六七八九十]+章( 第[一二三四五六七八九十]+节)?|[一二三四五](（[一二三四五六七八九十]）)?)$/),
});
export type Cite = z.infer<typeof cite>;

export const role = z.enum(['centre', 'member', 'partner', 'node']);
export type Role = z.infer<typeof role>;

const text = z.string().min(1);

export const planRecord = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    layer: layerKey,
    kind: z.enum(['belt', 'centre', 'sub-centre', 'zone', 'circle', 'corridor', 'band', 'core', 'area', 'node', 'role', 'programme', 'site']),
    name_zh: text,
    name_en: text,
    /** Cities or counties by NBS code, in the order the plan names them. */
    members: z.array(z.object({ code: adcode, role })),
    /** Places outside Henan the item reaches, by code (public/geo/seats.geojson). */
    external: z.array(adcode).default([]),
    /** The item concerns every county (a programme, not a place). */
    all_counties: z.boolean().default(false),
    /** Named parts of the item (five centres, four county models…). */
    items: z.array(z.object({ name_zh: text, name_en: text })).default([]),
    /** For industry sites: the plan's industry group and chain. */
    industry: z.object({ group_zh: text, group_en: text, chain_zh: text.optional(), chain_en: text.optional() }).optional(),
    /** For service hubs: what the hub serves. */
    hub_type: z.enum(HUB_TYPES).optional(),
    /** The plan's list ends in 等: the members are examples, not all. */
    open_list: z.boolean().default(false),
    summary_zh: text,
    summary_en: text,
    cite: z.array(cite).min(1),
    /** Where members come from outside the plans' text: how they were found, and the citations behind them. */
    membership: z
      .object({ basis_zh: text, basis_en: text, sources: z.array(citation).default([]) })
      .strict()
      .optional(),
  })
  .strict();
export type PlanRecord = z.infer<typeof planRecord>;

export const planFile = z.array(planRecord);
