// npm run snapshot -- --state "<url query>" --size 3840x2160|a4|a3|a4-landscape|a3-landscape
//                     [--dpi 300] [--format png|svg|pdf] --out FILE [--title T] [--subtitle S] [--hide legend,date]
// npm run snapshot -- --scenes FILE|default --out DIR [--lang zh|en] [--size …] [--dpi …] [--format …] [--hide …]
// Builds the app, opens each state in headless Chromium and writes the same
// file the export dialog would (it calls the page's own snapshot code). With
// --scenes, one file per scene of a presentation file, titled as the scene.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';
import { outputSize, parseSize } from '../src/lib/snapshot/presets.ts';
import { ELEMENTS, FORMATS, type Element, type Format } from '../src/lib/snapshot/options.ts';
import type { HookRequest } from '../src/lib/snapshot/hook.ts';
import { parseSceneFile, sceneProblemText } from '../src/lib/present/scenes.ts';
import type { Lang } from '../src/lib/i18n/lang.ts';

const { values } = parseArgs({
  options: {
    state: { type: 'string', default: '' },
    scenes: { type: 'string' },
    lang: { type: 'string', default: 'zh' },
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

const ROOT = resolve(import.meta.dirname, '..');
if (!values.out) fail(values.scenes ? '--out DIR is required' : '--out FILE is required');
const format = (values.format ?? (values.scenes ? 'png' : extname(values.out).slice(1).toLowerCase())) as Format;
if (!FORMATS.includes(format)) fail(`unknown format "${format}": use png, svg or pdf (or an --out name ending in one)`);
const hide = values.hide.split(',').filter(Boolean);
const badHide = hide.filter((h) => !(ELEMENTS as readonly string[]).includes(h));
if (badHide.length) fail(`unknown element(s) ${badHide.join(', ')}: use ${ELEMENTS.join(', ')}`);
if (values.lang !== 'zh' && values.lang !== 'en') fail(`unknown language "${values.lang}": use zh or en`);
const lang: Lang = values.lang;
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

interface Job {
  state: string;
  out: string;
  title?: string;
}
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
function jobs(): Job[] {
  if (!values.scenes) return [{ state: values.state.replace(/^\?/, ''), out: values.out!, title: values.title }];
  const file = values.scenes === 'default' ? join(ROOT, 'data/scenes/default.json') : values.scenes;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read the scenes file ${file}`);
  }
  const parsed = parseSceneFile(text);
  if (!parsed.ok) fail(`cannot use the scenes file ${file}: ${sceneProblemText(parsed.problem, "en")}`);
  mkdirSync(values.out!, { recursive: true });
  return parsed.scenes.map((s, i) => ({
    state: /(^|&)lang=/.test(s.state) ? s.state : `${s.state}&lang=${lang}`,
    out: join(values.out!, `${String(i + 1).padStart(2, '0')}-${slug(s.title.en) || 'scene'}.${format}`),
    title: values.title ?? s.title[lang],
  }));
}

/** One file; false when the page could not make it (the reason is printed). */
async function shoot(browser: Browser, url: string, job: Job): Promise<boolean> {
  // The page's map gets the output's shape, so the snapshot shows what a screen of that shape would.
  const page = await browser.newPage({ viewport: css });
  try {
    page.on('console', (m) => (m.type() === 'error' || process.env.SNAPSHOT_DEBUG) && console.error(`page: ${m.text()}`));
    await page.goto(`${url}?${job.state}`);
    await page.locator('[data-map-idle="true"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => typeof window.atlasSnapshot === 'function');
    const result = await page.evaluate((r) => window.atlasSnapshot!(r), { ...request, title: job.title });
    // Parts of the state the app could not read (it says so on the page and goes on without them).
    const notes = await page.locator('.notes p').allTextContents();
    for (const n of notes) console.error(`note: ${n.replace(/\s*(知道了|Dismiss)$/, '')}`);
    if (!result.ok) {
      console.error(`snapshot: ${result.message}${result.fits ? ` (try --size ${result.fits.width}x${result.fits.height})` : ''}`);
      return false;
    }
    writeFileSync(job.out, Buffer.from(result.base64, 'base64'));
    console.log(`wrote ${job.out} (${format}, ${result.width}×${result.height}, ${Math.round(result.ms)} ms)`);
    return true;
  } finally {
    await page.close();
  }
}

const todo = jobs();
const OUT = resolve(ROOT, '.snapshot/app');
await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const server = await serve(OUT);
const browser = await launch();
let failed = 0;
try {
  for (const job of todo) if (!(await shoot(browser, server.url, job))) failed++;
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
