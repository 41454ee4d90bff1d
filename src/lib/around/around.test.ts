import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { parseGazetteer } from '../geo/gazetteer-parse.ts';
import { parseCentre, parseRadius, formatCentre } from './around.ts';
import { aroundCircle, within } from './measure.ts';
import { zoneItem } from '../filter/items.ts';
import catalogue from '../../../data/zones/catalogue.json';
import type { CatalogueZone } from '../facts/catalogue.ts';

const items = (catalogue as CatalogueZone[]).map(zoneItem);
const g = parseGazetteer(JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')));

describe('around a place', () => {
  it('lists exactly the zones within the radius, nearest first', () => {
    const at = g.county('410783')!.point; // 长垣市
    const near = within(items, at, 30);
    const byHand = items.filter((i) => distance(at, i.point) <= 30);
    expect(near.map((n) => n.item.id).sort()).toEqual(byHand.map((i) => i.id).sort());
    expect(near.map((n) => n.km)).toEqual([...near.map((n) => n.km)].sort((a, b) => a - b));
    expect(near.some((n) => n.item.id === 'S419069')).toBe(true);
  });

  it('draws a circle of the radius around the centre', () => {
    const c = aroundCircle([114, 34], 10);
    const edge = c.geometry.coordinates[0][0];
    expect(distance([114, 34], edge)).toBeCloseTo(10, 1);
  });

  it('reads and writes the centre and radius of a link, refusing nonsense', () => {
    expect(parseCentre('city:410100')).toEqual({ kind: 'city', code: '410100' });
    expect(parseCentre('113.62,34.75')).toEqual({ kind: 'point', lon: 113.62, lat: 34.75 });
    expect(parseCentre('0,0')).toBeNull();
    expect(parseCentre('<script>')).toBeNull();
    expect(formatCentre({ kind: 'point', lon: 113.6234567, lat: 34.75 })).toBe('113.6235,34.7500');
    expect(parseRadius('25')).toBe(25);
    expect(parseRadius('0')).toBeNull();
    expect(parseRadius('9999')).toBeNull();
  });
});
