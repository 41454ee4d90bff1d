// County characteristic industries: curated from the sourced reference table;
// every reference row is either kept (with citations) or dropped with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/csv.ts';
import { countyIndustryFile } from '../src/lib/facts/county-industries.ts';
import { readDivisions } from './geo/divisions.ts';
import { groupOf } from './counties/groups.ts';
import { enProblems, zhProblems } from '../src/lib/i18n/finished.ts';

const rows = countyIndustryFile.parse(JSON.parse(readFileSync('data/counties/county-industries.json', 'utf8')));
const dropped = JSON.parse(readFileSync('data/counties/dropped.json', 'utf8')) as { from: string; reason: string }[];
const reference = parseCsv(readFileSync('data/reference/county_industries.csv', 'utf8'));
const divisions = readDivisions('data/reference/henan_county_divisions_nbs2023.csv');
const lines = (from: string) => from.split('+').filter((f) => f.startsWith('county_industries.csv#')).map((f) => Number(f.split('#')[1]));

describe('county industries', () => {
  it('accounts for every reference row exactly once: kept or dropped with a reason', () => {
    const seen = [...rows.flatMap((r) => lines(r.from)), ...dropped.flatMap((d) => lines(d.from))].sort((a, b) => a - b);
    expect(seen).toEqual(reference.map((_, i) => i + 2));
    for (const d of dropped) expect(d.reason.length, d.from).toBeGreaterThan(10);
  });

  it('keeps each row under the NBS 2023 code of the county the table names', () => {
    for (const r of rows) {
      const line = lines(r.from)[0];
      if (!line) continue;
      const ref = reference[line - 2];
      const city = ref.city.startsWith('济源') ? '省直辖县级行政区划' : ref.city;
      expect(divisions.find((d) => d.nameZh === ref.county && d.prefecture === city)?.code, r.id).toBe(r.code);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('groups a row by the first industry it names', () => {
    for (const r of rows) expect(r.group, r.id).toBe(groupOf(r.industry.zh));
    expect(groupOf('制冷装备(冰箱冷柜、冷藏车)')).toBe('equipment');
    expect(groupOf('食品; 机械制造(车用零部件)')).toBe('food');
    expect(() => groupOf('量子纠缠')).toThrow(/no group rule/);
  });

  it('shows only finished text: no English in Chinese, no addresses or shorthand, every link parses', () => {
    for (const r of rows) {
      for (const zh of [r.industry.zh, r.note?.zh, r.recognition?.name.zh].filter(Boolean) as string[]) expect(zhProblems(zh), `${r.id}: ${zh}`).toEqual([]);
      for (const en of [r.industry.en, r.note?.en, r.recognition?.name.en].filter(Boolean) as string[]) expect(enProblems(en), `${r.id}: ${en}`).toEqual([]);
      for (const c of r.sources) if (c.url) expect(() => new URL(c.url!), `${r.id}: ${c.url}`).not.toThrow();
    }
  });

  it('flags the weak rows: a low-confidence reference row is never verified', () => {
    for (const r of rows) {
      const line = lines(r.from)[0];
      if (line && reference[line - 2].confidence === 'low') expect(r.verified, r.id).toBe(false);
    }
  });

  it("lists the MIIT clusters the reference names, with the list's year", () => {
    const miit = rows.filter((r) => r.recognition);
    const at = (code: string, year: number) => miit.some((r) => r.code === code && r.recognition!.year === year);
    for (const code of ['410783', '411025', '410422', '410323']) expect(at(code, 2022), code).toBe(true);
    for (const code of ['410181', '411503', '410611']) expect(at(code, 2024), code).toBe(true);
  });
});
