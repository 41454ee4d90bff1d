import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_KEYS } from '../plan/schema.ts';
import { collectionProblems } from '../geo/validity.ts';

const out = mkdtempSync(join(tmpdir(), 'atlas-export-'));
execFileSync('npx', ['tsx', 'scripts/export.ts', '--out', out], { stdio: 'ignore' });
const read = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));

describe('npm run export', () => {
  it('writes only geometry a GIS accepts: RFC 7946 winding, valid dissolved polygons, four decimals', () => {
    for (const f of readdirSync(out).filter((x) => x.endsWith('.geojson'))) expect(collectionProblems(read(f), 4), f).toEqual([]);
  });

  it('writes one FeatureCollection per layer and a README of the schema', () => {
    const files = readdirSync(out).sort();
    expect(files).toContain('README.md');
    expect(files).toContain('base-counties.geojson');
    expect(files).toContain('base-cities.geojson');
    for (const k of LAYER_KEYS) expect(files).toContain(`plan-${k}.geojson`);
    expect(read('base-counties.geojson').features).toHaveLength(157);
  });

  it('gives every feature the documented properties, with a citation or a source', () => {
    for (const f of readdirSync(out).filter((x) => x.endsWith('.geojson'))) {
      for (const feature of read(f).features) {
        const p = feature.properties;
        for (const key of ['id', 'layer', 'kind', 'name_zh', 'name_en', 'members', 'roles', 'external', 'summary_zh', 'summary_en']) {
          expect(p, `${f} ${p.id} ${key}`).toHaveProperty(key);
        }
        expect(p.cite?.length || p.source || p.sources?.length, `${f} ${p.id}`).toBeTruthy();
        for (const m of p.members) expect(m).toMatch(/^\d{6}$/);
      }
    }
  });

  it('gives base counties their characteristic industries, each with structured citations', () => {
    const counties = read('base-counties.geojson').features as { id: string; properties: { industries: { industry_zh: string; sources: { publisher_zh: string; date: string }[] }[] } }[];
    const changyuan = counties.find((f) => f.id === '410783')!;
    expect(changyuan.properties.industries.map((i) => i.industry_zh).join()).toMatch(/起重/);
    for (const f of counties)
      for (const i of f.properties.industries) {
        expect(i.sources.length, `${f.id} ${i.industry_zh}`).toBeGreaterThan(0);
        for (const c of i.sources) expect(c.publisher_zh && c.date, `${f.id} ${i.industry_zh}`).toBeTruthy();
      }
  });

  it('draws the 郑洛西 belt beyond Henan to 西安 and the zones as areas', () => {
    const zlx = read('plan-corridors.geojson').features.find((f: { id: string }) => f.id === 'corridor-zhengluoxi-cooperation');
    expect(zlx.geometry.type).toBe('LineString');
    expect(zlx.properties.external[0].name_zh).toBe('西安市');
    expect(zlx.geometry.coordinates.at(-1)[0]).toBeLessThan(110); // 西安 lies west of Henan (110.36°E)
    // Each zone is one dissolved area: its cities' shapes merged, not a pile of parts.
    for (const z of read('plan-zones.geojson').features) expect(['Polygon', 'MultiPolygon']).toContain(z.geometry.type);
    const belt = read('plan-belt.geojson').features.find((f: { id: string }) => f.id === 'belt-yellow-river-manufacturing');
    expect(belt.geometry.type).toBe('Polygon');
  });
});
