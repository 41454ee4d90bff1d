import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Source {
  name: string;
  version: string;
}

export function writeManifest(
  dir: string,
  files: Record<string, object>,
  sources: Record<string, Source>,
  henanBBox: [number, number, number, number],
): void {
  const manifest = {
    built: new Date().toISOString().slice(0, 10),
    bbox: henanBBox.map((v) => Math.round(v * 1e4) / 1e4),
    note: '示意图 Indicative map, not an official standard map (not a 标准地图).',
    divisions: 'NBS 2023 statistical division codes (统计用区划代码), 157 county-level units',
    sources: [
      {
        what: 'county polygons (dissolved into cities, the province and the neighbouring provinces)',
        from: `npm ${sources.shapes.name}@${sources.shapes.version}, geojson/shape-with-internal-borders`,
        licence: 'MIT',
      },
      {
        what: 'city seat points, and 西安 and 武汉 (property cp of each city in map/json/province/{henan,shanxi1,hubei}.json)',
        from: `npm ${sources.seats.name}@${sources.seats.version}`,
        licence: 'Apache-2.0',
      },
      {
        what: 'division codes and names',
        from: 'NBS 2023 统计用区划代码, via data/reference/henan_county_divisions_nbs2023.csv',
        licence: 'public government data',
      },
      {
        what: 'rivers and lakes',
        from: 'GSHHG 2.3 high resolution (WDBII rivers), via GMT coast; Debian packages gmt, gmt-gshhg-high',
        licence: 'LGPL-3.0',
      },
      {
        what: 'the 丹江口 reservoir, the Taihang, Qinling (Funiu) and Dabie ranges clipped to Henan, river names (沁河, 漳河, 丹江, 汉江, 颍河, 渭河, 汾河), Zhengzhou Xinzheng airport',
        from: 'Made with Natural Earth: 1:10m geography regions, lakes, rivers and lake centerlines, airports (via data/reference/natural-earth/)',
        licence: 'public domain',
      },
    ],
    files: Object.entries(files).map(([name, fc]) => {
      const text = JSON.stringify(fc);
      return {
        name,
        features: (fc as { features: unknown[] }).features.length,
        bytes: Buffer.byteLength(text),
        gzip: gzipSync(text).length,
      };
    }),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
