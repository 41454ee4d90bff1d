// npx tsx scripts/bench/layer-cost.ts [-- --runs N] [--only a,b] [--viewport desktop|phone]
// What each default plan layer, and the base map's labels, cost a first visit
// in bare MapLibre: the same-layers page with the app's style as the app's code
// gives it, and variants of it with one plan layer (or one paint property, or
// label layer of the base map) taken out,
// loaded alternately. Per variant: navigation to first idle, main-thread
// busy time until then, the time spent compiling and linking WebGL programs
// (where the page waits for the GPU process) with their count, the cost
// of one repaint of the settled view, and the JS heap after idle and a collection.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Browser, BrowserContextOptions } from '@playwright/test';
import { launch } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';
import { appView, checkSameView, DESKTOP, PHONE, sameLayersQuery, waitMark } from './first-visit.ts';
import { buildSameLayers } from './same-layers/build.ts';
import { summarise } from './stats.ts';
import { FONT_REGULAR } from '../../src/lib/map/basemap.ts';
import { PALETTE } from '../../src/lib/map/palette.ts';
import { UNSET } from '../../src/lib/map/shared-programs.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '6' }, only: { type: 'string' }, viewport: { type: 'string', default: 'desktop' } },
});
const RUNS = Number(values.runs);
const VIEWPORT = values.viewport === 'phone' ? PHONE : DESKTOP;
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, '.bench/layer-cost');

type Change = (layers: LayerSpecification[]) => LayerSpecification[];
const hide = (...ids: string[]): Change => (layers) => layers.map((l) => (ids.includes(l.id) ? ({ ...l, layout: { ...l.layout, visibility: 'none' } } as LayerSpecification) : l));
const paint = (id: string, props: Record<string, unknown>): Change => (layers) => layers.map((l) => (l.id === id ? ({ ...l, paint: { ...l.paint, ...props } } as LayerSpecification) : l));
const layout = (id: string, props: Record<string, unknown>): Change => (layers) => layers.map((l) => (l.id === id ? ({ ...l, layout: { ...l.layout, ...props } } as LayerSpecification) : l));
const then = (...changes: Change[]): Change => (layers) => changes.reduce((l, c) => c(l), layers);
const BELT = ['belt-counties', 'belt-band', 'belt-links', 'belt-subcentres', 'belt-centres'];
const ZONES = ['zones-fill', 'zones-outline', 'zones-centres'];

const VARIANTS: Record<string, Change> = {
  default: (l) => l,
  'no-plan-layers': hide(...BELT, ...ZONES),
  'no-belt': hide(...BELT),
  'no-zones': hide(...ZONES),
  'no-belt-band': hide('belt-band'),
  'no-belt-counties': hide('belt-counties'),
  'no-belt-links': hide('belt-links'),
  'no-belt-centres': hide('belt-subcentres', 'belt-centres'),
  'band-no-blur': paint('belt-band', { 'line-blur': 0 }),
  'band-opaque': paint('belt-band', { 'line-opacity': 1 }),
  'links-solid': paint('belt-links', { 'line-dasharray': undefined }),
  // The base map (the app with ?layers=) and what its labels cost.
  base: hide(...BELT, ...ZONES),
  'base-no-river-labels': then(hide(...BELT, ...ZONES), hide('river-labels', 'river-name-labels')),
  'base-no-lake-labels': then(hide(...BELT, ...ZONES), hide('lake-labels')),
  'base-no-neighbour-labels': then(hide(...BELT, ...ZONES), hide('neighbour-labels')),
  'base-no-city-labels': then(hide(...BELT, ...ZONES), hide('city-labels')),
  'base-no-labels': then(hide(...BELT, ...ZONES), hide('river-labels', 'river-name-labels', 'lake-labels', 'airport-labels', 'neighbour-labels', 'county-labels', 'city-labels')),
  'base-no-highlight': then(hide(...BELT, ...ZONES), hide('cities-highlight')),
  'base-city-labels-regular': then(hide(...BELT, ...ZONES), layout('city-labels', { 'text-font': FONT_REGULAR })),
  'base-no-rivers': then(hide(...BELT, ...ZONES), hide('rivers-line', 'rivers-major', 'river-labels')),
  'base-no-feature-state': then(hide(...BELT, ...ZONES), hide('cities-highlight'), paint('counties-fill', { 'fill-color': PALETTE.countyFill })),
  'base-no-neighbours': then(hide(...BELT, ...ZONES), hide('neighbours-fill', 'neighbours-line', 'neighbour-labels')),
  'base-no-neighbours-fill': then(hide(...BELT, ...ZONES), hide('neighbours-fill')),
  'base-no-neighbours-line': then(hide(...BELT, ...ZONES), hide('neighbours-line')),
  // Each colour shareProgram wrote as data-driven, back to its constant.
  'base-constant-colours': then(hide(...BELT, ...ZONES), (layers) =>
    layers.map((l) => {
      const shared = (v: unknown) => Array.isArray(v) && v[0] === 'case' && JSON.stringify(v[1]) === JSON.stringify(UNSET);
      const paint = Object.fromEntries(Object.entries(l.paint ?? {}).map(([k, v]) => [k, shared(v) ? (v as unknown[])[2] : v]));
      return { ...l, paint } as LayerSpecification;
    }),
  ),
  'base-river-spacing-250': then(hide(...BELT, ...ZONES), layout('river-labels', { 'symbol-spacing': 250 })),
  'base-no-round-joins': then(hide(...BELT, ...ZONES), (layers) => layers.map((l) => (l.type === 'line' ? ({ ...l, layout: { ...l.layout, 'line-join': 'miter', 'line-cap': 'butt' } } as LayerSpecification) : l))),
};

// Time inside the WebGL calls where a page waits for its programs to compile and link.
const GL_TIMING = `(() => {
  const t = (window.benchGl = { ms: 0, programs: 0 });
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter']) {
      const fn = proto[name];
      proto[name] = function (...args) {
        const t0 = performance.now();
        try { return fn.apply(this, args); } finally { t.ms += performance.now() - t0; if (name === 'linkProgram') t.programs++; }
      };
    }
  }
})();`;

interface Sample {
  load: number;
  frame: number;
  busy: number;
  gl: number;
  programs: number;
  /** JS heap after idle and a collection, MiB. */
  heap: number;
}

async function visit(b: Browser, url: string, options: BrowserContextOptions): Promise<Sample> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(GL_TIMING);
  await page.goto(url);
  await waitMark(page, 'atlas-map-idle');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const r = (await page.evaluate(`({ load: performance.getEntriesByName('atlas-map-idle')[0].startTime, gl: window.benchGl.ms, programs: window.benchGl.programs })`)) as Omit<Sample, 'busy' | 'frame' | 'heap'>;
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const frame = (await page.evaluate('window.benchView.frames(16)')) as number;
  await context.close();
  return { ...r, frame, heap: usedSize / 2 ** 20, busy: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000 };
}

const setup = await buildSameLayers(ROOT, OUT);
const names = values.only ? values.only.split(',') : Object.keys(VARIANTS);
for (const name of names) {
  const style: StyleSpecification = { ...setup.style, layers: VARIANTS[name](setup.style.layers) };
  writeFileSync(resolve(OUT, `${name}.json`), JSON.stringify({ ...setup, style }));
}

const app = await serve(resolve(ROOT, '.bench/app'));
const page = await serve(OUT);
const browser = await launch();
const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]));
try {
  // The camera the app ends up with (needs a built app in .bench/app: npm run bench builds it).
  const view = await appView(browser, app.url, VIEWPORT);
  const url = (name: string) => `${page.url}${sameLayersQuery(view)}&setup=${name}`;
  await checkSameView(browser, url(names[0]), VIEWPORT, view);
  for (let i = 0; i < RUNS; i++) {
    for (const name of i % 2 ? [...names].reverse() : names) samples[name].push(await visit(browser, url(name), VIEWPORT));
  }
} finally {
  await browser.close();
  await app.close();
  await page.close();
}

const med = (v: number[]) => summarise(v).median;
const base = samples[names[0]];
console.log(`\n${RUNS} runs each, alternating; medians; Δ against ${names[0]}\n`);
console.log(['variant', 'idle ms', 'Δ idle', 'main-thread busy ms', 'Δ busy', 'GL compile+link ms', 'programs', 'frame ms', 'Δ frame', 'heap MiB', 'Δ heap'].join('\t'));
for (const name of names) {
  const s = samples[name];
  const d = (k: keyof Sample) => (med(s.map((x) => x[k])) - med(base.map((x) => x[k]))).toFixed(0);
  console.log([name, med(s.map((x) => x.load)).toFixed(0), d('load'), med(s.map((x) => x.busy)).toFixed(0), d('busy'), med(s.map((x) => x.gl)).toFixed(0), med(s.map((x) => x.programs)), med(s.map((x) => x.frame)).toFixed(0), d('frame'), med(s.map((x) => x.heap)).toFixed(2), (med(s.map((x) => x.heap)) - med(base.map((x) => x.heap))).toFixed(2)].join('\t'));
}
