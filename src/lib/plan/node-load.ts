// Reads and checks the plan data from disk, for the build check, the export
// CLI and the tests (the app bundles the same files through Vite).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../csv.ts';
import { validatePlan, type KnownCodes } from './validate.ts';
import type { PlanRecord } from './schema.ts';
import { taxonomyFile, type Taxonomy } from './taxonomy.ts';

export function knownCodes(root: string): KnownCodes {
  const nbs = parseCsv(readFileSync(join(root, 'data/reference/henan_county_divisions_nbs2023.csv'), 'utf8'));
  const counties = new Set(nbs.filter((r) => r.kind === 'administrative division').map((r) => r.code));
  const seats = JSON.parse(readFileSync(join(root, 'public/geo/seats.geojson'), 'utf8')) as {
    features: { properties: { adcode: string; external: boolean } }[];
  };
  const cities = new Set(seats.features.filter((f) => !f.properties.external).map((f) => f.properties.adcode));
  const external = new Set(seats.features.filter((f) => f.properties.external).map((f) => f.properties.adcode));
  return { cities, counties, external };
}

export function readPlanFiles(root: string): Record<string, unknown> {
  const dir = join(root, 'data/plan');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [`data/plan/${f}`, JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  );
}

export const readTaxonomy = (root: string): Taxonomy =>
  taxonomyFile.parse(JSON.parse(readFileSync(join(root, 'data/taxonomy/industries.json'), 'utf8')));

/** Throws with every problem found. */
export function loadPlan(root: string): PlanRecord[] {
  const { records, errors } = validatePlan(readPlanFiles(root), knownCodes(root), readTaxonomy(root));
  if (errors.length) throw new Error(`plan data has ${errors.length} problem(s):\n${errors.join('\n')}`);
  return records;
}
