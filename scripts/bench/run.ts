// npm run bench [-- --runs N] [--json FILE] [--only load,phone,interact,filter,import,export]
// Builds the app and bare MapLibre baseline pages, loads each several times
// in Chromium (alternating), and prints app/baseline ratios from this run.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launch } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';
import { benchCase, summarise, table, type BenchCase } from './stats.ts';
import { bytes, startBytes } from './sizes.ts';
import { describeStart, startChunks, type StartChunk } from './start-chunks.ts';
import { importRuns, IMPORT_ROWS, type ImportSamples } from './import.ts';
import { appView, checkFullWindow, checkSameView, DESKTOP, firstVisit, PHONE, PHONE_THROTTLE, sameLayersQuery, type AppView, type Visit } from './first-visit.ts';
import { hoverLatency, panFrames } from './interact.ts';
import { buildSameLayers } from './same-layers/build.ts';
import type { HookRequest } from '../../src/lib/snapshot/hook.ts';

const GROUPS = ['load', 'phone', 'interact', 'filter', 'import', 'export'];
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, json: { type: 'string' }, only: { type: 'string', default: GROUPS.join(',') } } });
const ONLY = new Set(values.only.split(','));
for (const g of ONLY) if (!GROUPS.includes(g)) throw new Error(`--only: no group ${g} (groups: ${GROUPS.join(', ')})`);
const RUNS = Number(values.runs);
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = { app: resolve(ROOT, '.bench/app'), baseline: resolve(ROOT, '.bench/baseline'), sameLayers: resolve(ROOT, '.bench/same-layers'), filter: resolve(ROOT, '.bench/filter'), import: resolve(ROOT, '.bench/import') };

// What each chunk a first visit loads holds, recorded as the app is built.
const START: StartChunk[] = [];
await build({ root: ROOT, logLevel: 'warn', plugins: [startChunks(ROOT, START)], build: { outDir: OUT.app, emptyOutDir: true } });
await build({
  root: resolve(ROOT, 'scripts/bench/baseline'),
  configFile: false,
  base: './',
  publicDir: resolve(ROOT, 'public'),
  logLevel: 'warn',
  build: { outDir: OUT.baseline, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
// The same-layers page draws the style the app's code gives at every run, so the two cannot drift apart.
await buildSameLayers(ROOT, OUT.sameLayers);

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

// 'app' shows the base map only (the geometry of the baseline page, drawn with
// the app's style), also against 'sameBase', that style in bare MapLibre;
// 'appDefault' is a first visit with the default plan layers on top, against
// 'sameLayers', the app's own style with those layers in bare MapLibre.
type Target = 'app' | 'appDefault' | 'baseline' | 'sameLayers' | 'sameBase';
const servers = { app: await serve(OUT.app), baseline: await serve(OUT.baseline), sameLayers: await serve(OUT.sameLayers), filter: await serve(OUT.filter), import: await serve(OUT.import) };
const browser = await launch();

const visits = (): Record<Target, Visit[]> => ({ app: [], appDefault: [], baseline: [], sameLayers: [], sameBase: [] });
const samples = visits();
const phone = visits();
const pick = (v: Visit[], k: keyof Visit) => v.map((x) => x[k]);

// Henan's county label points: hover targets (county labels are not drawn below zoom 7).
const COUNTY_POINTS = new Map(
  (JSON.parse(readFileSync(resolve(ROOT, 'public/geo/henan-counties.geojson'), 'utf8')) as { features: { properties: { adcode: string; label: [number, number] } }[] }).features.map(
    (f) => [f.properties.adcode, f.properties.label],
  ),
);
const at = (codes: string[]) =>
  codes.map((c) => {
    const p = COUNTY_POINTS.get(c);
    if (!p) throw new Error(`no county ${c}`);
    return p;
  });
// hover, default view (cities are picked below zoom 7): one county in each of eight cities, far apart in turn.
const CITY_TARGETS = at(['410324', '411625', '411323', '411481', '411524', '410423', '411726', '411024']);
// hover, counties: a camera as in a link, and twelve counties around Zhengzhou, far apart in turn
// (14 px below each label point, off the label's text).
const COUNTY_CAMERA = '7.500/34.5500/113.7000';
const COUNTY_TARGETS = at(['410181', '410223', '410182', '411082', '410185', '410122', '411081', '410725', '410183', '410221', '410184', '410727']);
const BELOW_LABEL = 14;
// pan-frame: pointer down over eastern Henan, dragged this far west and back.
const PAN_FROM: [number, number] = [115.8, 33.9];
const PAN_DX = -450;

/** Frame times of each drag. */
const pan = { app: [] as number[][], sameLayers: [] as number[][] };
const p95 = (v: number[]) => summarise(v).p95!;
const hover = { app: [] as number[], sameLayers: [] as number[], appCounty: [] as number[], sameLayersCounty: [] as number[] };

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
const started = performance.now();
const progress = (what: string) => process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${what}\n`);
try {
  // Where the app ends up: read once per view, then checked on the same-layers page (also the warm-up: the OS file cache, not the browser's).
  const views: { desktop?: AppView; base?: AppView; county?: AppView; phone?: AppView } = {};
  const url = (t: Target, v: AppView, query = '', map?: string) =>
    t === 'sameLayers'
      ? `${servers.sameLayers.url}${sameLayersQuery(v, map)}`
      : t === 'sameBase'
        ? `${servers.sameLayers.url}${sameLayersQuery(v, map)}&setup=base`
        : t === 'baseline'
          ? servers.baseline.url
          : `${servers.app.url}${query}`;
  if (ONLY.has('load') || ONLY.has('interact')) {
    views.desktop = await appView(browser, servers.app.url, DESKTOP, [PAN_FROM, ...CITY_TARGETS]);
    await checkSameView(browser, url('sameLayers', views.desktop), DESKTOP, views.desktop);
  }
  if (ONLY.has('load')) {
    progress('load');
    const v = views.desktop!;
    const base = (views.base = await appView(browser, `${servers.app.url}?layers=`, DESKTOP));
    await checkSameView(browser, url('sameBase', base), DESKTOP, base);
    await checkFullWindow(browser, url('baseline', v), DESKTOP);
    for (let i = 0; i < RUNS; i++) {
      const order: Target[] = ['app', 'appDefault', 'baseline', 'sameLayers', 'sameBase'];
      for (const t of i % 2 ? order.reverse() : order) samples[t].push(await firstVisit(browser, url(t, t === 'sameBase' ? base : v, t === 'app' ? '?layers=' : ''), DESKTOP));
    }
  }
  if (ONLY.has('phone')) {
    progress('phone');
    const v = (views.phone = await appView(browser, servers.app.url, PHONE));
    await checkSameView(browser, url('sameLayers', v), PHONE, v);
    for (let i = 0; i < RUNS; i++) {
      const order: Target[] = i % 2 ? ['sameLayers', 'appDefault'] : ['appDefault', 'sameLayers'];
      for (const t of order) phone[t].push(await firstVisit(browser, url(t, v), PHONE, PHONE_THROTTLE));
    }
  }
  if (ONLY.has('interact')) {
    progress('interact');
    const v = views.desktop!;
    const c = (views.county = await appView(browser, `${servers.app.url}?map=${COUNTY_CAMERA}`, DESKTOP, COUNTY_TARGETS));
    await checkSameView(browser, url('sameLayers', c, '', COUNTY_CAMERA), DESKTOP, c);
    const [from, ...cityTargets] = v.points.slice(2);
    const countyTargets = c.points.slice(2).map((p) => ({ x: p.x, y: p.y + BELOW_LABEL }));
    for (let i = 0; i < RUNS; i++) {
      for (const t of (i % 2 ? ['sameLayers', 'app'] : ['app', 'sameLayers']) as ('app' | 'sameLayers')[]) {
        const target: Target = t === 'app' ? 'appDefault' : t;
        hover[t].push(...(await hoverLatency(browser, url(target, v), DESKTOP, cityTargets)));
        hover[t === 'app' ? 'appCounty' : 'sameLayersCounty'].push(...(await hoverLatency(browser, url(target, c, `?map=${COUNTY_CAMERA}`, COUNTY_CAMERA), DESKTOP, countyTargets)));
        pan[t].push(await panFrames(browser, url(target, v), DESKTOP, from, PAN_DX));
      }
    }
  }
  if (ONLY.has('filter')) {
    progress('filter');
    for (const mode of ['gpu', 'js', 'global', 'split'] as const) filterSamples[mode] = await filterRun(browser, mode);
    // What one redrawn frame costs here with nothing to draw: the floor under any filter.
    filterSamples.floor = await filterRun(browser, 'js', 0);
  }
  if (ONLY.has('import')) progress('import');
  if (ONLY.has('import')) imported = await importRuns(browser, { app: servers.app.url, baseline: servers.import.url }, Math.min(RUNS, 3));
  if (ONLY.has('export')) progress('export');
  if (ONLY.has('export')) await exportRuns(browser, Math.min(RUNS, 3));
  progress('done');
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.close()));
}

const js = { app: startBytes(OUT.app), baseline: startBytes(OUT.baseline) };
const geo = bytes(resolve(ROOT, 'public/geo'), /\.(geojson|json)$/);
const kb = (n: number) => n / 1024;
const all: BenchCase[] = [
  benchCase('load', 'navigation to first map idle, base map (?layers=) vs bare base-map page', 'ms', pick(samples.app, 'load'), pick(samples.baseline, 'load')),
  benchCase('load', 'navigation to the page making its map, base map vs bare base-map page (start-up before the map)', 'ms', pick(samples.app, 'create'), pick(samples.baseline, 'create')),
  benchCase('load', 'JS heap after idle, base map vs bare base-map page', 'MiB', pick(samples.app, 'heap'), pick(samples.baseline, 'heap')),
  benchCase('load', "navigation to first map idle, base map vs the app's base style in bare MapLibre (what the app's code costs)", 'ms', pick(samples.app, 'load'), pick(samples.sameBase, 'load')),
  benchCase('load', "the app's base style in bare MapLibre vs bare base-map page (what the style costs MapLibre)", 'ms', pick(samples.sameBase, 'load'), pick(samples.baseline, 'load')),
  benchCase('load', "JS heap after idle, base map vs the app's base style in bare MapLibre (the app's code)", 'MiB', pick(samples.app, 'heap'), pick(samples.sameBase, 'heap')),
  benchCase('load', "JS heap after idle, the app's base style in bare MapLibre vs bare base-map page (the style)", 'MiB', pick(samples.sameBase, 'heap'), pick(samples.baseline, 'heap')),
  benchCase('load', 'ArrayBuffer memory after idle (outside the JS heap), base map vs bare base-map page', 'MiB', pick(samples.app, 'buffers'), pick(samples.baseline, 'buffers')),
  benchCase('load-default', 'navigation to first map idle, default layers vs the same style in bare MapLibre', 'ms', pick(samples.appDefault, 'load'), pick(samples.sameLayers, 'load')),
  benchCase('load-default', 'JS heap after idle, default layers vs the same style in bare MapLibre', 'MiB', pick(samples.appDefault, 'heap'), pick(samples.sameLayers, 'heap')),
  benchCase('load-default', 'ArrayBuffer memory after idle, default layers vs the same style in bare MapLibre', 'MiB', pick(samples.appDefault, 'buffers'), pick(samples.sameLayers, 'buffers')),
  benchCase('load-default', 'navigation to first map idle, default layers vs bare base-map page', 'ms', pick(samples.appDefault, 'load'), pick(samples.baseline, 'load')),
  benchCase('load-default', 'the same style in bare MapLibre vs bare base-map page (what the layers cost MapLibre)', 'ms', pick(samples.sameLayers, 'load'), pick(samples.baseline, 'load')),
  benchCase('slow-phone', `390×844 @2.75x, touch, CPU ${PHONE_THROTTLE}× slower: navigation to first map idle vs the same style in bare MapLibre`, 'ms', pick(phone.appDefault, 'load'), pick(phone.sameLayers, 'load')),
  benchCase('slow-phone', 'the same: navigation to the page making its map', 'ms', pick(phone.appDefault, 'create'), pick(phone.sameLayers, 'create')),
  benchCase('slow-phone', 'the same: longest main-thread task before first idle', 'ms', pick(phone.appDefault, 'longest'), pick(phone.sameLayers, 'longest')),
  benchCase('pan-frame', `frame time while dragging ${Math.abs(PAN_DX)} px across Henan and back, default layers, all frames`, 'ms', pan.app.flat(), pan.sameLayers.flat()),
  benchCase('pan-frame', 'the same: p95 frame time of each drag', 'ms', pan.app.map(p95), pan.sameLayers.map(p95)),
  benchCase('hover', 'pointer move onto a city to it drawn highlighted, default view', 'ms', hover.app, hover.sameLayers),
  benchCase('hover', `pointer move onto a county to it drawn highlighted, zoom ${Number(COUNTY_CAMERA.split('/')[0])}`, 'ms', hover.appCounty, hover.sameLayersCounty),
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
  benchCase('size', 'JS bytes loaded at start above bare MapLibre (gzip; goal ≤ 60)', 'KiB', [kb(js.app.gzip - js.baseline.gzip)], null),
  benchCase('size', 'geometry bytes (raw)', 'KiB', [kb(geo.raw)], [kb(geo.raw)]),
  benchCase('size', 'geometry bytes (gzip)', 'KiB', [kb(geo.gzip)], [kb(geo.gzip)]),
];
// Cases left out with --only have no samples.
const GROUP_OF: Record<string, string> = { 'filter-keystroke-100k': 'import', 'slow-phone': 'phone', 'pan-frame': 'interact', hover: 'interact' };
const group = (name: string) => GROUP_OF[name] ?? name.split('-')[0];
const cases = all.filter((c) => c.case === 'size' || ONLY.has(group(c.case)));
console.log(`\n${RUNS} runs each, alternating; Chromium ${browser.version()}\n`);
console.log(table(cases));
console.log(`\nJS a first visit loads (the entry chunk and its static imports; the MapLibre worker besides):\n${describeStart(START)}`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ chromium: browser.version(), runs: RUNS, cases, startChunks: START }, null, 2) + '\n');
  console.log(`\nwrote ${values.json}`);
}
