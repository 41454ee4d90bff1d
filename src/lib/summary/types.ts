import type { IndustryGroup } from '../facts/industry-groups.ts';
import type { ZoneCoverage } from '../facts/zone-coverage.ts';

export interface Summary {
  /** Statements of the plan index shown as lists, not drawn. */
  listedCount: number;
  /** The 2018 zone catalogue in figures (the development-zone layer's note). */
  zoneCoverage: ZoneCoverage;
  /** Each county with a verified characteristic industry, and the group of the first one listed. */
  countyGroups: [string, IndustryGroup][];
  /** The manufacturing plan's industry tiers and how many groups each has. */
  taxonomyTiers: { name_zh: string; name_en: string; groups: number }[];
}
