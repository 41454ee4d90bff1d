// npm run export -- --out DIR
// Writes one GeoJSON FeatureCollection per layer (base geography and every
// plan layer) and a README.md of the schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan, readTaxonomy } from '../src/lib/plan/node-load.ts';
import { LAYER_KEYS } from '../src/lib/plan/schema.ts';
import { layerCollection } from '../src/lib/export/features.ts';
import { baseCollection } from '../src/lib/export/base.ts';
import { geoIndex, type GeoFiles } from '../src/lib/export/geo-index.ts';
import { EXPORT_README } from '../src/lib/export/readme.ts';
import { countyIndustryFile } from '../src/lib/facts/county-industries.ts';
import { catalogueFile } from '../src/lib/facts/catalogue.ts';
import { zoneUpdateFile } from '../src/lib/facts/zone-updates.ts';
import { zonesCollection } from '../src/lib/export/zones.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: npm run export -- --out DIR');
  process.exit(2);
}
const ROOT = resolve(import.meta.dirname, '..');
const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public/geo', f), 'utf8'));
const files: GeoFiles = {
  counties: read('henan-counties.geojson'),
  cities: read('henan-cities.geojson'),
  seats: read('seats.geojson'),
  yellowRiverHenan: read('yellow-river-henan.geojson'),
};
const records = loadPlan(ROOT);
const index = geoIndex(files);
const allCounties = files.counties.features.map((f) => f.properties.adcode);

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const write = (name: string, data: unknown) => writeFileSync(join(out, name), JSON.stringify(data) + '\n');
const countyIndustries = countyIndustryFile.parse(
  JSON.parse(readFileSync(join(ROOT, 'data/counties/county-industries.json'), 'utf8')),
);
write(
  'base-counties.geojson',
  baseCollection('base-counties', read('henan-counties.geojson'), (code) => countyIndustries.filter((r) => r.code === code)),
);
write('base-cities.geojson', baseCollection('base-cities', read('henan-cities.geojson')));
const zones = catalogueFile.parse(JSON.parse(readFileSync(join(ROOT, 'data/zones/catalogue.json'), 'utf8')));
const updates = zoneUpdateFile.parse(JSON.parse(readFileSync(join(ROOT, 'data/zones/updates.json'), 'utf8')));
for (const layer of LAYER_KEYS) {
  // Development zones are sourced facts, not plan records.
  write(`plan-${layer}.geojson`, layer === 'devzones' ? zonesCollection(zones) : layerCollection(layer, records, index, allCounties));
}
write('industry-taxonomy.json', readTaxonomy(ROOT));
write('devzones-updates-since-2018.json', updates);
writeFileSync(join(out, 'README.md'), EXPORT_README);
console.log(`wrote ${LAYER_KEYS.length + 2} layers and README.md to ${out}`);
