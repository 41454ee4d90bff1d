import { describe, expect, it } from 'vitest';
import { countyKind, englishName } from './names.ts';

describe('englishName', () => {
  it.each([
    ['孟津区', 'Mengjin'],
    ['新安县', "Xin'an"],
    ['博爱县', "Bo'ai"],
    ['浚县', 'Xun County'],
    ['召陵区', 'Shaoling'],
    ['泌阳县', 'Biyang'],
    ['殷都区', 'Yindu'],
    ['管城回族区', 'Guancheng'],
    ['长垣市', 'Changyuan'],
    ['辉县市', 'Huixian'],
  ])('%s is %s', (zh, en) => expect(englishName(zh)).toBe(en));
});

describe('countyKind', () => {
  it('reads the kind from the name', () => {
    expect(countyKind('偃师区')).toBe('district');
    expect(countyKind('滑县')).toBe('county');
    expect(countyKind('长垣市')).toBe('county-level city');
    expect(() => countyKind('某某')).toThrow();
  });
});
