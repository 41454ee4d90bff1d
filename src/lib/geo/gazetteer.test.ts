import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer-parse.ts';

const labels = JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8'));

describe('parseGazetteer', () => {
  it('finds counties and their cities by code', () => {
    const g = parseGazetteer(labels);
    const mengjin = g.county('410308')!;
    expect(mengjin.name_zh).toBe('孟津区');
    expect(g.city(mengjin.city_adcode)!.name_zh).toBe('洛阳市');
    expect(g.county('410306')).toBeUndefined(); // 吉利区, merged in 2021
  });

  it('rejects a file whose features lack a code', () => {
    const broken = structuredClone(labels);
    delete broken.features[3].properties.adcode;
    expect(() => parseGazetteer(broken)).toThrow();
  });
});
