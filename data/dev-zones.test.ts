import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../src/lib/csv.ts';
import { devZoneFile, isShown } from '../src/lib/facts/dev-zones.ts';
import { coverage, zonePoints } from '../src/lib/layers/devzones/index.ts';
import { buildDevZones } from './dev-zones.ts';

const zones = devZoneFile.parse(JSON.parse(readFileSync('data/zones/dev-zones.json', 'utf8')));
const province = JSON.parse(readFileSync('public/geo/henan-province.geojson', 'utf8')).features[0] as Feature<Polygon | MultiPolygon>;

describe('development zones', () => {
  it('is what the build script makes of the reference tables today', () => {
    expect(zones).toEqual(buildDevZones('.'));
  });

  it('keeps every provincial row and its source; the national list counts 郑洛新 once per city', () => {
    const prov = parseCsv(readFileSync('data/reference/provincial_zones.csv', 'utf8'));
    expect(zones.filter((z) => z.level === 'provincial')).toHaveLength(prov.length);
    expect(zones.filter((z) => z.name_zh === '郑洛新国家自主创新示范区').map((z) => z.city_code)).toEqual(['410100', '410300', '410700']);
    expect(zones.filter((z) => z.zone_type === '国家级经济技术开发区')).toHaveLength(9);
  });

  it('places every zone approximately, inside Henan, and says on what basis', () => {
    for (const z of zones) {
      expect(z.position.precision).toBe('approximate');
      expect(booleanPointInPolygon([z.position.lon, z.position.lat], province), z.id).toBe(true);
      expect(z.position.basis.length).toBeGreaterThan(10);
    }
  });

  it('leaves low-confidence rows off the map and counts them', () => {
    const c = coverage(zones);
    expect(c.hidden).toBe(zones.filter((z) => z.confidence === 'low').length);
    const onMap = zonePoints(zones).features.reduce((s, f) => s + f.properties.count, 0);
    expect(onMap).toBe(zones.filter(isShown).length);
    expect(onMap).toBe(c.national + c.provincial);
  });
});
