import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '../geo/gazetteer.ts';
import { importZones } from './import.ts';

const g = parseGazetteer(JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')));

describe('importZones', () => {
  it('matches rows by code or by county name, and reports every rejected row with its reason', () => {
    const csv = [
      'name,level,type,county_code,county,city,lon,lat',
      '甲开发区,provincial,先进制造业开发区,410308,,,,',
      '乙开发区,,,,兰考县,开封市,,',
      '丙开发区,,,,兰考,,114.9,34.8',
      '丁开发区,,,,不存在县,,,',
      ',,,,兰考县,,,',
      '戊开发区,county,,410308,,,,',
      '己开发区,,,,新华区,,,',
      '庚开发区,,,410308,,,120,40',
    ].join('\n');
    const r = importZones(csv, 'zones.csv', g);
    if (!r.ok) throw new Error(r.error);
    expect(r.items.map((i) => i.county)).toEqual(['410308', '410225', '410225', '410402']);
    expect(r.items[2].point).toEqual([114.9, 34.8]);
    expect(r.rejected.map((x) => x.row)).toEqual([4, 5, 6, 8]);
    expect(r.rejected[0].reason).toMatch(/unknown county/);
    expect(r.rejected[1].reason).toMatch(/no name/);
    expect(r.rejected[2].reason).toMatch(/level/);
    expect(r.rejected[3].reason).toMatch(/not in Henan/);
  });

  it('reads GeoJSON points', () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A', county_code: '411525' }, geometry: { type: 'Point', coordinates: [115.7, 32.2] } }] };
    const r = importZones(JSON.stringify(fc), 'z.geojson', g);
    expect(r.ok && r.items[0].city).toBe('411500');
  });

  it('turns a broken file into one clear error', () => {
    expect(importZones('{"type": "Feature', 'z.geojson', g)).toMatchObject({ ok: false });
    expect(importZones('a,b\n"open', 'z.csv', g)).toMatchObject({ ok: false, error: expect.stringMatching(/quoted/) });
    expect(importZones('county,city\n兰考县,开封市', 'z.csv', g)).toEqual({ ok: false, error: 'no "name" column' });
  });
});
