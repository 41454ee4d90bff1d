// The plan index: every statement resolves to known codes, a chapter the plan
// has, and records that exist and name its places; listed ones say why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownCodes, loadPlan } from '../src/lib/plan/node-load.ts';
import { chapterFile, statementFile } from '../src/lib/plan/index-schema.ts';

const statements = statementFile.parse(JSON.parse(readFileSync('data/index/statements.json', 'utf8')));
const chapters = chapterFile.parse(JSON.parse(readFileSync('data/taxonomy/chapters.json', 'utf8')));
const records = loadPlan('.');
const known = knownCodes('.');
const byId = new Map(records.map((r) => [r.id, r]));
const cityOf = (code: string) => (code === '419001' ? code : `${code.slice(0, 4)}00`);

describe('plan index', () => {
  it('has unique ids', () => {
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites chapters that exist in the plan', () => {
    const exists = new Set(chapters.map((c) => `${c.plan} ${c.chapter}`));
    for (const s of statements) expect(exists.has(`${s.plan} ${s.chapter}`), `${s.id}: ${s.plan} ${s.chapter}`).toBe(true);
  });

  it('names only known Henan codes', () => {
    for (const s of statements)
      for (const p of s.places) expect(known.cities.has(p) || known.counties.has(p), `${s.id}: ${p}`).toBe(true);
  });

  it('draws a statement only through records that exist, are cited to its plan and name its places', () => {
    for (const s of statements.filter((x) => x.shown === 'drawn')) {
      expect(s.records.length, s.id).toBeGreaterThan(0);
      const rs = s.records.map((id) => byId.get(id));
      for (const [i, r] of rs.entries()) expect(r, `${s.id}: record ${s.records[i]}`).toBeDefined();
      expect(rs.some((r) => r!.cite.some((c) => c.plan === s.plan)), `${s.id}: no record cites the ${s.plan} plan`).toBe(true);
      const named = new Set(rs.flatMap((r) => r!.members.flatMap((m) => [m.code, cityOf(m.code)])));
      for (const p of s.places) expect(named.has(p), `${s.id}: ${p} is not a member of ${s.records.join(', ')}`).toBe(true);
    }
  });

  it('says why a listed statement is not drawn; statements about named places are drawn', () => {
    for (const s of statements.filter((x) => x.shown === 'listed')) {
      expect(s.reason, s.id).toBeDefined();
      expect(s.scope, `${s.id}: a statement naming places should be drawn`).not.toBe('place');
    }
  });

  it('keeps every plan record in the index', () => {
    const indexed = new Set(statements.flatMap((s) => s.records));
    for (const r of records) expect(indexed.has(r.id), `record ${r.id} is in no statement`).toBe(true);
  });
});

describe('plan index coverage in data/README.md', () => {
  it('is the table the index gives today', async () => {
    const { coverageTable } = await import('./index/coverage.ts');
    expect(readFileSync('data/README.md', 'utf8')).toContain(coverageTable(statements, chapters));
  });
});
