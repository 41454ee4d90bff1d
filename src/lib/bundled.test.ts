// The app takes these bundled and served files as typed data, without parsing
// them in the browser: that is exact only if parsing them would add or change
// nothing (no defaults, no transforms; keys the schema does not know may stay).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { countyIndustryFile } from './facts/county-industries.ts';
import { catalogueFile } from './facts/catalogue.ts';
import { zoneUpdateFile } from './facts/zone-updates.ts';
import { taxonomyFile } from './plan/taxonomy.ts';
import { sceneFile } from './present/scene-file.ts';
import { labelCollection, manifest, seatCollection } from './geo/schema.ts';
import { PLAN_RECORDS } from './plan/bundled.ts';
import { loadPlan } from './plan/node-load.ts';

const FILES: [string, ZodType][] = [
  ['data/counties/county-industries.json', countyIndustryFile],
  ['data/zones/catalogue.json', catalogueFile],
  ['data/zones/updates.json', zoneUpdateFile],
  ['data/taxonomy/industries.json', taxonomyFile],
  ['data/scenes/default.json', sceneFile],
  ['public/geo/manifest.json', manifest],
  ['public/geo/labels.geojson', labelCollection],
  ['public/geo/seats.geojson', seatCollection],
];

describe('bundled data is taken as it is', () => {
  it.each(FILES)('%s: parsing it adds or changes nothing', (file, schema) => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as object;
    expect(raw).toMatchObject(schema.parse(raw) as object);
  });

  it('the plan records are the checked records, defaults included', () => {
    expect(PLAN_RECORDS).toEqual(loadPlan('.'));
    expect(PLAN_RECORDS.every((r) => Array.isArray(r.items))).toBe(true);
  });
});
