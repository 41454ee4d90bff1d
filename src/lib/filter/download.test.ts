import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.ts';
import { itemsGeoJson, itemsTable } from './download.ts';
import { csvText } from '../files/table-out.ts';
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
  cite: [{ plan: 'manufacturing', chapter: '第十一章' }],
  sources: [{ publisher_zh: '某报', publisher_en: 'A paper', title: '一条新闻', date: '2024-01-02', url: 'https://example.gov.cn/a.html' }],
};

describe('filtered downloads', () => {
  it('write CSV that Excel opens as UTF-8 (a byte-order mark) and that reads back to the same values', () => {
    const text = csvText(itemsTable([item]));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const [row] = parseCsv(text);
    expect(row.name_en).toBe(item.name.en);
    expect(row.plan_chapters).toBe('制造业规划 第十一章');
    expect(row.sources).toBe('某报 · 《一条新闻》 · 2024年1月2日 · https://example.gov.cn/a.html');
    expect(row.position).toBe('approximate');
    expect(Number(row.lon)).toBe(113.5);
  });

  it('write GeoJSON points with the same properties', () => {
    const fc = JSON.parse(itemsGeoJson([item]));
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [113.5, 34.7] });
    expect(fc.features[0].properties.city_code).toBe('410100');
  });
});

describe('CSV quoting', () => {
  it('quotes commas, quotes, line breaks (CR too) and edge spaces, and nothing else', () => {
    const text = csvText({ header: ['a', 'b', 'c', 'd', 'e'], rows: [['x,y', 'say "hi"', 'one\rtwo', ' lead', 'plain']] });
    expect(text).toBe('\uFEFFa,b,c,d,e\r\n"x,y","say ""hi""","one\rtwo"," lead",plain\r\n');
  });
});
