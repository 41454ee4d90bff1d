// Everything the Chinese UI shows is finished Chinese and everything the
// English UI shows is free of addresses, paths and shorthand: UI strings,
// layer titles, notes and legends, the glossary, every plan record, every
// statement of the plan index, every citation's publisher.
import { beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from './table.ts';
import { GLOSSARY } from './glossary.ts';
import { enProblems, zhProblems } from './finished.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { layerContext } from '../map/plan-layers.ts';
import { loadRecords } from '../plan/records.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import statements from '../../../data/index/statements.json';

const seat = () => undefined;

function check(zh: string, en: string, where: string) {
  expect(zhProblems(zh), `${where} (zh): ${zh}`).toEqual([]);
  expect(enProblems(en), `${where} (en): ${en}`).toEqual([]);
}

describe('texts a reader sees', () => {
  beforeAll(() => loadRecords());

  it('UI strings and the glossary', () => {
    // The language switch is written in the language it switches to (and marked with that lang).
    const otherLanguage = new Set(['switchLang', 'switchLangLabel']);
    for (const [key, s] of Object.entries(STRINGS)) if (!otherLanguage.has(key)) check(s.zh, s.en, key);
    for (const g of GLOSSARY) check(`${g.term.zh} ${g.meaning.zh}`, `${g.term.en} ${g.meaning.en}`, g.term.en);
  });

  it('layer titles, notes and legends', () => {
    for (const l of PLAN_LAYERS) {
      check(l.title.zh, l.title.en, l.key);
      check(l.about.zh, l.about.en, `${l.key} about`);
      for (const e of l.legend(layerContext(l.key, seat))) check(e.label.zh, e.label.en, `${l.key} legend`);
    }
  });

  it('plan records: names, items, summaries, how members were found, their citations', () => {
    for (const r of PLAN_RECORDS) {
      check(`${r.name_zh} ${r.summary_zh}`, `${r.name_en} ${r.summary_en}`, r.id);
      for (const i of r.items) check(i.name_zh, i.name_en, r.id);
      if (r.membership) {
        check(r.membership.basis_zh, r.membership.basis_en, `${r.id} basis`);
        for (const c of r.membership.sources) check(c.publisher_zh, c.publisher_en, `${r.id} source`);
      }
    }
  });

  it('the plan index', () => {
    for (const s of statements) {
      check(s.what.zh, s.what.en, s.id);
      if (s.reason) check(s.reason.zh, s.reason.en, `${s.id} reason`);
    }
  });
});
