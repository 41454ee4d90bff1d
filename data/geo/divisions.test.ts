import { describe, expect, it } from 'vitest';
import { assignDivisions, prefectureCode, type Division, type SourcePolygon } from './divisions.ts';

const square = (name: string, id: string): SourcePolygon => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
});
const divisions: Division[] = [
  { code: '410308', nameZh: '孟津区', prefecture: '洛阳市' },
  { code: '410307', nameZh: '偃师区', prefecture: '洛阳市' },
];

describe('assignDivisions', () => {
  it('merges 吉利区 and 孟津县 into 孟津区 and renames 偃师市', () => {
    const out = assignDivisions(
      [
        { prefecture: '洛阳市', feature: square('吉利区', '410306') },
        { prefecture: '洛阳市', feature: square('孟津县', '410322') },
        { prefecture: '洛阳市', feature: square('偃师市', '410381') },
      ],
      divisions,
    );
    expect(out.get('410308')!.map((f) => f.properties.name)).toEqual(['吉利区', '孟津县']);
    expect(out.get('410307')!.map((f) => f.properties.name)).toEqual(['偃师市']);
  });

  it('fails on a unit NBS 2023 does not list', () => {
    expect(() => assignDivisions([{ prefecture: '洛阳市', feature: square('不存在区', '410399') }], divisions)).toThrow(
      /no NBS 2023 division/,
    );
  });

  it('fails when a division gets no geometry', () => {
    expect(() => assignDivisions([{ prefecture: '洛阳市', feature: square('偃师市', '410381') }], divisions)).toThrow(
      /no geometry for 孟津区/,
    );
  });
});

describe('prefectureCode', () => {
  it('maps counties to cities, and 济源 to itself', () => {
    expect(prefectureCode('410308')).toBe('410300');
    expect(prefectureCode('419001')).toBe('419001');
  });
});
