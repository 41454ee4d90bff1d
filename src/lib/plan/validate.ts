// The build-time check of the plan data: schema, known codes, external places,
// unique ids. Returns every problem rather than the first.
import { planFile, type PlanRecord } from './schema.ts';
import { industryProblems, type Taxonomy } from './taxonomy.ts';

export interface KnownCodes {
  cities: ReadonlySet<string>;
  counties: ReadonlySet<string>;
  /** Places outside Henan with a sourced point. */
  external: ReadonlySet<string>;
}

export function validatePlan(files: Record<string, unknown>, known: KnownCodes, taxonomy?: Taxonomy): { records: PlanRecord[]; errors: string[] } {
  const errors: string[] = [];
  const records: PlanRecord[] = [];
  for (const [file, json] of Object.entries(files)) {
    const parsed = planFile.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    for (const r of parsed.data) {
      const at = `${file}: ${r.id}`;
      if (!file.includes(r.layer)) errors.push(`${at}: layer "${r.layer}" does not match its file`);
      for (const m of r.members) {
        if (!m.code.startsWith('41')) {
          errors.push(`${at}: member ${m.code} is outside Henan; list it under "external"`);
        } else if (!known.cities.has(m.code) && !known.counties.has(m.code)) {
          errors.push(`${at}: unknown code ${m.code}`);
        }
      }
      for (const code of r.external) {
        if (!known.external.has(code)) errors.push(`${at}: external place ${code} has no sourced point`);
      }
      if (taxonomy && r.industry) for (const p of industryProblems(taxonomy, r.industry)) errors.push(`${at}: ${p}`);
      if (r.kind === 'site' && !r.industry && !r.hub_type) errors.push(`${at}: a site needs an industry or a hub type`);
      records.push(r);
    }
  }
  const ids = records.map((r) => r.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) errors.push(`duplicate id ${id}`);
  return { records, errors };
}
