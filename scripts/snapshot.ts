// npm run snapshot -- --state "<url query>" --size 3840x2160|a4|a3|a4-landscape|a3-landscape
//                     [--dpi 300] [--format png|svg|pdf] --out FILE [--title T] [--subtitle S] [--hide legend,date]
// Builds the app, opens the state in headless Chromium and writes the same
// file the export dialog would (it calls the page's own snapshot code).
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';
import { outputSize, parseSize } from '../src/lib/snapshot/presets.ts';
import { ELEMENTS, FORMATS, type Element, type Format } from '../src/lib/snapshot/options.ts';
import type { HookRequest } from '../src/lib/snapshot/hook.ts';

const { values } = parseArgs({
  options: {
    state: { type: 'string', default: '' },
    size: { type: 'string', default: '1920x1080' },
    dpi: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    hide: { type: 'string', default: '' },
  },
});

function fail(message: string): never {
  console.error(`snapshot: ${message}`);
  process.exit(2);
}

if (!values.out) fail('--out FILE is required');
const format = (values.format ?? extname(values.out).slice(1).toLowerCase()) as Format;
if (!FORMATS.includes(format)) fail(`unknown format "${format}": use png, svg or pdf (or an --out name ending in one)`);
const hide = values.hide.split(',').filter(Boolean);
const badHide = hide.filter((h) => !(ELEMENTS as readonly string[]).includes(h));
if (badHide.length) fail(`unknown element(s) ${badHide.join(', ')}: use ${ELEMENTS.join(', ')}`);
let request: HookRequest;
let css: { width: number; height: number };
try {
  const size = parseSize(values.size, values.dpi ? Number(values.dpi) : undefined);
  const out = outputSize(size);
  css = { width: Math.round(out.width / out.pixelRatio), height: Math.round(out.height / out.pixelRatio) };
  request = { size, format, title: values.title, subtitle: values.subtitle, hide: hide as Element[] };
} catch (e) {
  fail((e as Error).message);
}
const state = values.state.replace(/^\?/, '');

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.snapshot/app');
await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const server = await serve(OUT);
const browser = await launch();
let code = 0;
try {
  // The page's map gets the output's shape, so the snapshot shows what a screen of that shape would.
  const page = await browser.newPage({ viewport: css });
  page.on('console', (m) => (m.type() === 'error' || process.env.SNAPSHOT_DEBUG) && console.error(`page: ${m.text()}`));
  await page.goto(`${server.url}?${state}`);
  await page.locator('[data-map-idle="true"]').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => typeof window.atlasSnapshot === 'function');
  const result = await page.evaluate((r) => window.atlasSnapshot!(r), request);
  if (result.ok) {
    writeFileSync(values.out, Buffer.from(result.base64, 'base64'));
    console.log(`wrote ${values.out} (${format}, ${result.width}×${result.height}, ${Math.round(result.ms)} ms)`);
  } else {
    console.error(`snapshot: ${result.message}${result.fits ? ` (try --size ${result.fits.width}x${result.fits.height})` : ''}`);
    code = 1;
  }
  // Parts of the state the app could not read (it says so on the page and goes on without them).
  const notes = await page.locator('.notes p').allTextContents();
  for (const n of notes) console.error(`note: ${n.replace(/\s*(知道了|Dismiss)$/, '')}`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(code);
