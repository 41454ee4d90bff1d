import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/csv.ts';
import { countyIndustryFile } from '../src/lib/facts/county-industries.ts';
import { buildCountyIndustries, groupOf } from './county-industries.ts';

const committed = countyIndustryFile.parse(JSON.parse(readFileSync('data/counties/county-industries.json', 'utf8')));
const reference = parseCsv(readFileSync('data/reference/county_industries.csv', 'utf8'));

describe('county industries', () => {
  it('keeps every reference row, its source and confidence, under an NBS 2023 code', () => {
    expect(committed).toHaveLength(reference.length);
    expect(new Set(committed.map((r) => r.code)).size).toBe(80);
    committed.forEach((r, i) => {
      expect(r.source).toBe(reference[i].source);
      expect(r.confidence).toBe(reference[i].confidence);
      expect(r.county_zh).toBe(reference[i].county);
    });
  });

  it('is what the build script makes of the reference table today', () => {
    expect(committed).toEqual(buildCountyIndustries('.'));
  });

  it('maps renamed units to their current codes', () => {
    expect(committed.find((r) => r.county_zh === '长垣市')!.code).toBe('410783');
    expect(committed.find((r) => r.county_zh === '淮阳区')!.code).toBe('411603');
    expect(committed.find((r) => r.county_zh === '济源市')!.code).toBe('419001');
  });

  it('groups a row by the first industry it names', () => {
    expect(groupOf('制冷装备(冰箱冷柜、冷藏车)')).toBe('equipment');
    expect(groupOf('大蒜')).toBe('produce');
    expect(groupOf('食品; 机械制造(车用零部件)')).toBe('food');
    expect(groupOf('蜂产品及养蜂机具')).toBe('food');
    expect(() => groupOf('量子纠缠')).toThrow(/no group rule/);
  });
});
