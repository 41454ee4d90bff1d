// Baseline page for import-100k: the atlas's own reading and matching code
// run on the page's main thread, the way the atlas loaded files before the
// worker, with the same file. window.importBench.run resolves with the ms of that
// one task.
import { decodeText } from '../../../src/lib/import/decode.ts';
import { detectSeparator, parseDelimited } from '../../../src/lib/import/delimited.ts';
import { suggestMapping } from '../../../src/lib/import/columns.ts';
import { convertRows } from '../../../src/lib/import/convert.ts';
import { placesFrom } from '../../../src/lib/import/places.ts';

const geo = (name: string) => fetch(`./geo/${name}.geojson`).then((r) => r.json());
const places = Promise.all([geo('henan-counties'), geo('henan-cities')]).then(([c, t]) => placesFrom(c, t));

declare global {
  interface Window {
    importBench: { ready: Promise<unknown>; run: (file: File) => Promise<{ ms: number; rows: number }> };
  }
}

window.importBench = {
  ready: places,
  async run(file) {
    const p = await places;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const t0 = performance.now();
    const { text } = decodeText(bytes);
    const [header, ...rows] = parseDelimited(text, detectSeparator(text));
    const { items } = convertRows({ header, rows }, suggestMapping(header), p, 'bench');
    return { ms: performance.now() - t0, rows: items.length };
  },
};
