// What the first view shows about data it does not load at start (layer notes,
// legends, counts), computed from the data when the app is built and served to
// the app in place of summary/bundled.ts (vite.config.ts). The data was
// checked by then; the functions are the app's own, so the figures cannot drift.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CatalogueZone } from '../facts/catalogue.ts';
import type { ZoneUpdate } from '../facts/zone-updates.ts';
import type { CountyIndustry } from '../facts/county-industries.ts';
import type { Statement } from '../plan/index-schema.ts';
import type { Taxonomy } from '../plan/taxonomy.ts';
import { countyGroupsOf } from '../facts/industry-groups.ts';
import { zoneCoverage } from '../facts/zone-coverage.ts';
import type { Summary } from './types.ts';

export const SUMMARY_INPUTS = ['data/index/statements.json', 'data/zones/catalogue.json', 'data/zones/updates.json', 'data/counties/county-industries.json', 'data/taxonomy/industries.json'];

export function buildSummary(root: string): Summary {
  const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;
  const [statements, catalogue, updates, industries, taxonomy] = [
    read<Statement[]>(SUMMARY_INPUTS[0]),
    read<CatalogueZone[]>(SUMMARY_INPUTS[1]),
    read<ZoneUpdate[]>(SUMMARY_INPUTS[2]),
    read<CountyIndustry[]>(SUMMARY_INPUTS[3]),
    read<Taxonomy>(SUMMARY_INPUTS[4]),
  ];
  return {
    listedCount: statements.filter((s) => s.shown === 'listed').length,
    zoneCoverage: zoneCoverage(catalogue, updates.length),
    countyGroups: [...countyGroupsOf(industries)],
    taxonomyTiers: taxonomy.tiers.map((t) => ({ name_zh: t.name_zh, name_en: t.name_en, groups: t.groups.length })),
  };
}

export const summaryModule = (s: Summary): string => Object.entries(s).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`).join('\n');
