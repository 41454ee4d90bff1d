// In-app download of one layer as GeoJSON: the same builder as the export CLI.
import { geoUrl } from '../geo/files.ts';
import type { LayerKey } from '../plan/schema.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { layerCollection } from './features.ts';
import { geoIndex, type GeoFiles } from './geo-index.ts';
import { zonesCollection } from './zones.ts';
import { saveText } from '../save.ts';
import { CATALOGUE } from '../facts/zones-bundled.ts';

let files: Promise<GeoFiles> | null = null;

async function loadFiles(): Promise<GeoFiles> {
  const get = async (f: Parameters<typeof geoUrl>[0]) => {
    const res = await fetch(geoUrl(f));
    if (!res.ok) throw new Error(`${f}: HTTP ${res.status}`);
    return res.json();
  };
  const [counties, cities, seats, yellowRiverHenan] = await Promise.all([
    get('counties'),
    get('cities'),
    get('seats'),
    get('yellowRiverHenan'),
  ]);
  return { counties, cities, seats, yellowRiverHenan };
}

export async function downloadLayer(layer: LayerKey): Promise<void> {
  files ??= loadFiles().catch((e: unknown) => {
    files = null; // let the next click try again
    throw e;
  });
  const f = await files;
  const fc =
    layer === 'devzones'
      ? zonesCollection(CATALOGUE)
      : layerCollection(layer, PLAN_RECORDS, geoIndex(f), f.counties.features.map((x) => x.properties.adcode));
  saveText(JSON.stringify(fc), `plan-${layer}.geojson`, 'application/geo+json');
}
