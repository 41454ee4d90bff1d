// npm run bench [-- --runs N] [--json FILE] [--only load,filter,import,export]
// Builds the app and a bare MapLibre baseline page, loads each several times
// in Chromium (alternating), and prints app/baseline ratios from this run.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launch } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';
import { benchCase, table, type BenchCase } from './stats.ts';
import { bytes, startBytes } from './sizes.ts';
import { importRuns, IMPORT_ROWS, type ImportSamples } from './import.ts';
import type { HookRequest } from '../../src/lib/snapshot/hook.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, json: { type: 'string' }, only: { type: 'string', default: 'load,filter,import,export' } } });
const ONLY = new Set(values.only.split(','));
const RUNS = Number(values.runs);
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = { app: resolve(ROOT, '.bench/app'), baseline: resolve(ROOT, '.bench/baseline'), filter: resolve(ROOT, '.bench/filter'), import: resolve(ROOT, '.bench/import') };

await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT.app, emptyOutDir: true } });
await build({
  root: resolve(ROOT, 'scripts/bench/baseline'),
  configFile: false,
  base: './',
  publicDir: resolve(ROOT, 'public'),
  logLevel: 'warn',
  build: { outDir: OUT.baseline, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

// 'app' shows the base map only (the same content as the baseline);
// 'appDefault' is a first visit with the default plan layers on top.
await build({
  root: resolve(ROOT, 'scripts/bench/filter'),
  configFile: false,
  base: './',
  logLevel: 'warn',
  build: { outDir: OUT.filter, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});

await build({
  root: resolve(ROOT, 'scripts/bench/import'),
  configFile: false,
  base: './',
  publicDir: resolve(ROOT, 'public'),
  logLevel: 'warn',
  build: { outDir: OUT.import, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

type Target = 'app' | 'appDefault' | 'baseline';
const PAGE: Record<Target, { server: 'app' | 'baseline'; query: string }> = {
  app: { server: 'app', query: '?layers=' },
  appDefault: { server: 'app', query: '' },
  baseline: { server: 'baseline', query: '' },
};
const servers = { app: await serve(OUT.app), baseline: await serve(OUT.baseline), filter: await serve(OUT.filter), import: await serve(OUT.import) };
const browser = await launch();

/** Navigation start to the first map idle, and JS heap after idle. */
async function loadOnce(b: Browser, target: Target): Promise<{ load: number; heap: number }> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(servers[PAGE[target].server].url + PAGE[target].query);
  // No named functions in page code: the TS runner would wrap them in a helper the page lacks.
  await page.waitForFunction(() => performance.getEntriesByName('atlas-map-idle').length > 0, null, {
    timeout: 120_000,
    polling: 10,
  });
  const load = await page.evaluate(() => performance.getEntriesByName('atlas-map-idle')[0].startTime);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { load, heap: usedSize / 2 ** 20 };
}

const samples: Record<Target, { load: number[]; heap: number[] }> = {
  app: { load: [], heap: [] },
  appDefault: { load: [], heap: [] },
  baseline: { load: [], heap: [] },
};
/** filter-100k: ms from a filter change to the next rendered frame, 20 changes after warm-up. */
const FILTER_N = 100_000;
type FilterMode = 'gpu' | 'js' | 'global' | 'split';
const filterSamples: Record<FilterMode | 'floor', number[]> = { gpu: [], js: [], global: [], split: [], floor: [] };
async function filterRun(b: Browser, mode: FilterMode, n = FILTER_N): Promise<number[]> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.filter.url}?mode=${mode}&n=${n}`);
  await page.waitForFunction(() => 'bench' in window, null, { timeout: 120_000 });
  await page.evaluate(() => window.bench.ready);
  const times: number[] = [];
  for (let i = 0; i < 23; i++) {
    const ms = await page.evaluate((cat) => window.bench.setFilter(cat), i + 1);
    const drawn = await page.evaluate(() => window.bench.drawn());
    // The timed frame must show the new category and only it.
    if (drawn && (drawn.count < n / 20 || drawn.categories.join() !== String((i + 1) % 10))) {
      throw new Error(`filter-100k (${mode}): after change ${i + 1} the map shows ${drawn.count} points of categories ${drawn.categories.join()}`);
    }
    if (i >= 3) times.push(ms);
  }
  await context.close();
  return times;
}

/**
 * export-4k and export-a3-300: a snapshot of one view at the asked size against
 * the same view rendered once at the screen's own size and pixel ratio (the
 * on-screen render), both through the page's snapshot code, alternating.
 */
const EXPORT_STATE = 'layers=zones,corridors,hubs';
const SCREEN = { width: 1280, height: 800 };
type ExportCase = 'screen' | '4k' | 'a3' | 'pdf';
const EXPORT_SIZE: Record<ExportCase, HookRequest['size']> = {
  screen: { preset: 'custom', width: SCREEN.width, height: SCREEN.height },
  '4k': { preset: 'slide-4k' },
  a3: { preset: 'a3-landscape', dpi: 300 },
  pdf: { preset: 'a4-landscape', dpi: 300 },
};
const EXPORT_FORMAT: Record<ExportCase, HookRequest['format']> = { screen: 'png', '4k': 'png', a3: 'png', pdf: 'pdf' };
const exportSamples: Record<ExportCase | 'pptx', number[]> = { screen: [], '4k': [], a3: [], pdf: [], pptx: [] };
const SCENE_FILE = readFileSync(resolve(ROOT, 'data/scenes/default.json'), 'utf8');
const SCENE_COUNT = (JSON.parse(SCENE_FILE) as { scenes: unknown[] }).scenes.length;
async function exportRuns(b: Browser, runs: number): Promise<void> {
  const context = await b.newContext({ viewport: SCREEN });
  const page = await context.newPage();
  await page.goto(`${servers.app.url}?${EXPORT_STATE}`);
  await page.locator('[data-map-idle="true"]').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => typeof window.atlasSnapshot === 'function');
  for (let i = 0; i < runs; i++) {
    for (const c of ['4k', 'screen', 'a3', 'screen', 'pdf'] as ExportCase[]) {
      const r = await page.evaluate(([size, format]) => window.atlasSnapshot!({ size, format }), [EXPORT_SIZE[c], EXPORT_FORMAT[c]] as const);
      if (!r.ok) throw new Error(`export ${c}: ${r.message}`);
      exportSamples[c].push(r.ms);
    }
    const deck = await page.evaluate((sceneFile) => window.atlasDeck!({ sceneFile, format: 'pptx' }), SCENE_FILE);
    if (!deck.ok) throw new Error(`export pptx: ${deck.message}`);
    exportSamples.pptx.push(deck.ms);
  }
  await context.close();
}

let imported: ImportSamples = { load: [], longestTask: [], baselineTask: [], keystroke: [], keystrokeOwn: [] };
try {
  await loadOnce(browser, 'app'); // warm-up: the OS file cache, not the browser's
  for (let i = 0; i < (ONLY.has('load') ? RUNS : 0); i++) {
    const order: Target[] = i % 2 ? ['baseline', 'appDefault', 'app'] : ['app', 'appDefault', 'baseline'];
    for (const t of order) {
      const r = await loadOnce(browser, t);
      samples[t].load.push(r.load);
      samples[t].heap.push(r.heap);
    }
  }
  if (ONLY.has('filter')) {
    for (const mode of ['gpu', 'js', 'global', 'split'] as const) filterSamples[mode] = await filterRun(browser, mode);
    // What one redrawn frame costs here with nothing to draw: the floor under any filter.
    filterSamples.floor = await filterRun(browser, 'js', 0);
  }
  if (ONLY.has('import')) imported = await importRuns(browser, { app: servers.app.url, baseline: servers.import.url }, Math.min(RUNS, 3));
  if (ONLY.has('export')) await exportRuns(browser, Math.min(RUNS, 3));
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}

const js = { app: startBytes(OUT.app), baseline: startBytes(OUT.baseline) };
const geo = bytes(resolve(ROOT, 'public/geo'), /\.(geojson|json)$/);
const kb = (n: number) => n / 1024;
const all: BenchCase[] = [
  benchCase('load', 'navigation to first map idle, base map', 'ms', samples.app.load, samples.baseline.load),
  benchCase('load', 'JS heap after idle, base map', 'MiB', samples.app.heap, samples.baseline.heap),
  benchCase('load-default', 'navigation to first map idle, default layers', 'ms', samples.appDefault.load, samples.baseline.load),
  benchCase('filter-100k', `filter change to redrawn frame, ${FILTER_N} points, GPU (DataFilterExtension) vs JS re-filter`, 'ms', filterSamples.gpu, filterSamples.js),
  benchCase('filter-100k', `filter change to redrawn frame, ${FILTER_N} points, MapLibre global-state filter vs JS re-filter`, 'ms', filterSamples.global, filterSamples.js),
  benchCase('filter-100k', `filter change to redrawn frame, ${FILTER_N} points, deck.gl layer per category (visibility) vs JS re-filter`, 'ms', filterSamples.split, filterSamples.js),
  benchCase('filter-100k', 'the same change with 0 points (frame floor) vs JS re-filter', 'ms', filterSamples.floor, filterSamples.js),
  benchCase('import-100k', `${IMPORT_ROWS} rows: longest main-thread task from choosing the file to the rows announced, vs the same reading and matching on the main thread`, 'ms', imported.longestTask, imported.baselineTask),
  benchCase('import-100k', `${IMPORT_ROWS} rows: file chosen to rows announced (preview confirmed at once), vs the same work on the main thread`, 'ms', imported.load, imported.baselineTask),
  benchCase('filter-keystroke-100k', `main-thread time of one text-filter keystroke, ${IMPORT_ROWS} rows loaded, vs the atlas's own items only`, 'ms', imported.keystroke, imported.keystrokeOwn),
  benchCase('export-4k', 'PNG 3840×2160 vs the same view at screen size (1280×800)', 'ms', exportSamples['4k'], exportSamples.screen),
  benchCase('export-a3-300', 'PNG A3 landscape 300 dpi (4961×3508) vs the same view at screen size', 'ms', exportSamples.a3, exportSamples.screen),
  benchCase('export-pdf-a4', 'vector PDF A4 landscape (fonts embedded) vs the same view as a PNG at screen size', 'ms', exportSamples.pdf, exportSamples.screen),
  benchCase('export-pptx-7', `PowerPoint deck of the ${SCENE_COUNT} default scenes vs one view as a PNG at screen size`, 'ms', exportSamples.pptx, exportSamples.screen),
  benchCase('export-pptx-7', `the same deck per slide vs one view as a PNG at screen size`, 'ms', exportSamples.pptx.map((ms) => ms / SCENE_COUNT), exportSamples.screen),
  benchCase('size', 'JS bytes loaded at start (raw)', 'KiB', [kb(js.app.raw)], [kb(js.baseline.raw)]),
  benchCase('size', 'JS bytes loaded at start (gzip)', 'KiB', [kb(js.app.gzip)], [kb(js.baseline.gzip)]),
  benchCase('size', 'geometry bytes (raw)', 'KiB', [kb(geo.raw)], [kb(geo.raw)]),
  benchCase('size', 'geometry bytes (gzip)', 'KiB', [kb(geo.gzip)], [kb(geo.gzip)]),
];
// Cases left out with --only have no samples.
const group = (name: string) => (name === 'filter-keystroke-100k' ? 'import' : name.split('-')[0]);
const cases = all.filter((c) => c.case === 'size' || ONLY.has(group(c.case)));
console.log(`\n${RUNS} runs each, alternating; Chromium ${browser.version()}\n`);
console.log(table(cases));
if (values.json) {
  writeFileSync(values.json, JSON.stringify(cases, null, 2) + '\n');
  console.log(`\nwrote ${values.json}`);
}
