import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.ts';
import { itemsCsv, itemsGeoJson } from './download.ts';
import type { Item } from './items.ts';

const item: Item = {
  id: 'x',
  kind: 'zone',
  name: { zh: '某开发区', en: 'A "quoted", zone' },
  type: { zh: '经济技术开发区', en: '经济技术开发区' },
  chain: null,
  level: 'provincial',
  city: '410100',
  county: null,
  point: [113.5, 34.7],
  basis: 'table 1, row 2',
};

describe('filtered downloads', () => {
  it('write CSV that reads back to the same values', () => {
    const [row] = parseCsv(itemsCsv([item]));
    expect(row.name_en).toBe(item.name.en);
    expect(row.basis).toBe(item.basis);
    expect(row.position).toBe('approximate');
    expect(Number(row.lon)).toBe(113.5);
  });

  it('write GeoJSON points with the same properties', () => {
    const fc = JSON.parse(itemsGeoJson([item]));
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [113.5, 34.7] });
    expect(fc.features[0].properties.city_code).toBe('410100');
  });
});
