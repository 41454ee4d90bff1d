// The manufacturing plan's industry taxonomy (tiers → groups → chains) and its
// clusters. Sites name a group and optionally a chain; a test keeps them in it.
import { z } from '../zod.ts';
import { cite } from './schema.ts';

const text = z.string().min(1);
const pair = z.object({ zh: text, en: text }).strict();

const group = z
  .object({
    name_zh: text,
    name_en: text,
    /** The chapter and section that set the group out. */
    section: cite.shape.chapter,
    /** The plan's 2025 scale target, as it words it (万亿级, 5000亿级…). */
    scale_2025: text.optional(),
    chains: z.array(pair),
  })
  .strict();

export const taxonomyFile = z
  .object({
    tiers: z.array(
      z
        .object({
          id: z.enum(['traditional', 'emerging', 'future', 'enabling']),
          name_zh: text,
          name_en: text,
          cite: z.array(cite).min(1),
          groups: z.array(group).min(1),
        })
        .strict(),
    ),
    clusters: z
      .object({ cite: z.array(cite).min(1), trillion: z.array(pair), five_hundred_billion: z.array(pair) })
      .strict(),
  })
  .strict();

export type Taxonomy = z.infer<typeof taxonomyFile>;
export type IndustryGroup = z.infer<typeof group>;
export type Tier = Taxonomy['tiers'][number];

/** The tier and group a site's group name belongs to, if any. */
export function findGroup(t: Taxonomy, groupZh: string): { tier: Tier; group: IndustryGroup } | undefined {
  for (const tier of t.tiers) {
    const g = tier.groups.find((x) => x.name_zh === groupZh);
    if (g) return { tier, group: g };
  }
  return undefined;
}

/** Every problem with a site's industry against the taxonomy. */
export function industryProblems(t: Taxonomy, industry: { group_zh: string; chain_zh?: string }): string[] {
  const found = findGroup(t, industry.group_zh);
  if (!found) return [`unknown industry group "${industry.group_zh}"`];
  if (industry.chain_zh && !found.group.chains.some((c) => c.zh === industry.chain_zh)) {
    return [`"${industry.chain_zh}" is not a chain of ${industry.group_zh}`];
  }
  return [];
}
