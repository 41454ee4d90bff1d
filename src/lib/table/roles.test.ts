import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../geo/gazetteer-parse.ts';
import { loadPlan } from '../plan/node-load.ts';
import { cellText, roleColumns, roleRows, roleTableData } from './roles.ts';

const g = parseGazetteer(JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')));
const records = loadPlan('.');
const columns = roleColumns(records);
const cities = roleRows('city', records, g, columns);
const row = (code: string) => cities.find((r) => r.code === code)!;

describe('the city-role table', () => {
  it('has one row per prefecture-level unit, or per county on demand, and columns grouped by plan', () => {
    expect(cities).toHaveLength(18);
    expect(roleRows('county', records, g, columns)).toHaveLength(157);
    const groups = columns.map((c) => c.group);
    expect(groups.indexOf('services')).toBeGreaterThan(groups.lastIndexOf('manufacturing'));
    expect(groups.at(-1)).toBe('facts');
  });

  it('shows where the plans differ: 开封 is in the services plan’s metropolitan circle only', () => {
    expect(row('410200').cells['manufacturing:metro']).toEqual([]);
    expect(cellText(row('410200').cells['services:metro'], 'zh')).toContain('服务业规划 二（四）');
    expect(row('410700').cells['manufacturing:metro'].length).toBeGreaterThan(0);
  });

  it('gives each role in words with its plan and chapter', () => {
    const luoyang = cellText(row('410300').cells['manufacturing:zones'], 'zh');
    expect(luoyang).toBe('豫西转型创新发展示范区（中心） [制造业规划 第十四章 第二节]');
    expect(cellText(row('410300').cells['manufacturing:zones'], 'en')).toContain('Manufacturing plan, Chapter 14, Section 2');
    // A city whose counties, not itself, are named: the counties are listed.
    expect(cellText(row('411500').cells['services:tourism'], 'zh')).toContain('固始县');
  });

  it('counts the catalogue zones and lists the county industries, from outside the plans', () => {
    expect(cellText(row('410100').cells['facts:devzones'], 'zh')).toMatch(/^\d+个（国务院批准\d+个/);
    expect(row('410700').cells['facts:county-industries'].map((e) => e.text.zh).join()).toMatch(/起重/);
  });

  it('downloads as a table with a header of plan and structure', () => {
    const data = roleTableData(cities, columns, 'zh');
    expect(data.rows).toHaveLength(18);
    expect(data.header[2]).toMatch(/^制造业规划 · /);
  });
});
