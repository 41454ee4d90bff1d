import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../geo/gazetteer-parse.ts';
import { loadPlan } from './node-load.ts';
import { cityItems, countyItems } from './roles.ts';

const g = parseGazetteer(JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')));
const records = loadPlan('.');

describe('cityItems', () => {
  it("gathers every zone, centre, corridor and role of 洛阳, with its role in each", () => {
    const items = cityItems('410300', records, g);
    const role = (id: string) => items.find((i) => i.record.id === id)?.role;
    expect(role('zone-west')).toBe('centre');
    expect(role('subcentre-luoyang')).toBe('centre');
    expect(role('corridor-zhengluoxi-cooperation')).toBe('node');
    expect(role('services-golden-triangle')).toBe('partner');
    expect(role('tourism-core-zhengbianluo')).toBe('member');
    expect(role('metro-services')).toBeUndefined();
  });

  it('lists the belt under a city through its riparian counties', () => {
    const belt = cityItems('410100', records, g).find((i) => i.record.id === 'belt-yellow-river-manufacturing')!;
    expect(belt.role).toBe('contains');
    expect(belt.counties).toContain('410108'); // 惠济区
  });

  it('shows 开封 in the services plan circle only', () => {
    const ids = cityItems('410200', records, g).map((i) => i.record.id);
    expect(ids).toContain('metro-services');
    expect(ids).not.toContain('metro-manufacturing');
  });
});

describe('countyItems', () => {
  it('names 固始 as a roots city and includes the programmes for every county', () => {
    const ids = countyItems('411525', records).map((i) => i.record.id);
    expect(ids).toContain('tourism-roots-cities');
    expect(ids).toContain('county-multipoint');
    expect(ids).not.toContain('zone-south');
  });
});
