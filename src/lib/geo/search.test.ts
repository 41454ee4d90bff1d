import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer-parse.ts';
import { searchPlaces } from './search.ts';

const g = parseGazetteer(JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')));
const first = (q: string) => searchPlaces(g, q)[0]?.name_zh;

describe('searchPlaces', () => {
  it('finds a city by Chinese, pinyin or English name, city before its namesake county', () => {
    expect(first('郑州')).toBe('郑州市');
    expect(first('zhengzhou')).toBe('郑州市');
    expect(first('Zhengzhou')).toBe('郑州市');
    expect(first('Anyang')).toBe('安阳市');
    expect(searchPlaces(g, 'anyang').map((p) => p.name_zh)).toContain('安阳县');
  });

  it('ignores apostrophes and spaces in pinyin', () => {
    expect(first('xinan')).toBe('新安县');
    expect(first("Xin'an")).toBe('新安县');
  });

  it('finds a county by part of its name', () => {
    expect(searchPlaces(g, '固始').map((p) => p.adcode)).toEqual(['411525']);
  });

  it('returns nothing for an unknown name or an empty query', () => {
    expect(searchPlaces(g, '不存在的地方')).toEqual([]);
    expect(searchPlaces(g, '   ')).toEqual([]);
  });
});
