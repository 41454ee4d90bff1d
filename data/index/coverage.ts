// The plan index's coverage as a Markdown table (statements, drawn, listed per
// chapter), kept in data/README.md; data/index.test.ts checks the README
// holds exactly this table. Print it: npx tsx data/index/coverage.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../../src/lib/plan/index-schema.ts';
import type { ChapterEntry } from '../../src/lib/plan/index-schema.ts';

export function coverageTable(statements: readonly Statement[], chapters: readonly ChapterEntry[]): string {
  const order = (s: Statement) => chapters.findIndex((c) => c.plan === s.plan && c.chapter === s.chapter);
  const keys = [...new Set([...statements].sort((a, b) => order(a) - order(b)).map((s) => `${s.plan}|${s.chapter}`))];
  const plan = { manufacturing: '制造业规划 Manufacturing', services: '服务业规划 Services' };
  const lines = ['| Plan | Chapter | Statements | Drawn | Listed |', '|---|---|---|---|---|'];
  for (const k of keys) {
    const [p, ch] = k.split('|') as [Statement['plan'], string];
    const in_ = statements.filter((s) => s.plan === p && s.chapter === ch);
    lines.push(`| ${plan[p]} | ${ch} | ${in_.length} | ${in_.filter((s) => s.shown === 'drawn').length} | ${in_.filter((s) => s.shown === 'listed').length} |`);
  }
  const drawn = statements.filter((s) => s.shown === 'drawn').length;
  lines.push(`| **All** | | **${statements.length}** | **${drawn}** | **${statements.length - drawn}** |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../..', import.meta.url).pathname;
  const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
  console.log(coverageTable(read('data/index/statements.json'), read('data/taxonomy/chapters.json')));
}
