// npm run snapshot -- --state "<url query>" --size 3840x2160|a4|a3|a4-landscape|a3-landscape
//                     [--dpi 300] [--format png|svg|pdf] --out FILE [--title T] [--subtitle S] [--hide legend,date]
// npm run snapshot -- --scenes FILE|default --out DIR [--lang zh|en] [--size …] [--dpi …] [--format …] [--hide …]
// Builds the app, opens each state in headless Chromium and writes the same
// file the export dialog would (it calls the page's own snapshot code). With
// --scenes, one file per scene of a presentation file, titled as the scene.
// --format pptx writes one PowerPoint deck (a slide per scene, or one slide of
// --state): npm run snapshot -- --scenes default --format pptx --out deck.pptx
// [--link-base https://…/] puts absolute links to each scene in the notes.
// [--app DIR] uses an existing production build (e.g. dist) instead of building.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';
import { outputSize, parseSize } from '../src/lib/snapshot/presets.ts';
import { ELEMENTS, FORMATS, type Element, type Format } from '../src/lib/snapshot/options.ts';
import type { HookRequest } from '../src/lib/snapshot/hook.ts';
import { formatSceneFile, parseSceneFile, sceneProblemText } from '../src/lib/present/scene-file.ts';
import type { Lang } from '../src/lib/i18n/lang.ts';
import { loadStrings } from '../src/lib/i18n/strings.ts';

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
    'link-base': { type: 'string' },
    app: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`snapshot: ${message}`);
  process.exit(2);
}

const ROOT = resolve(import.meta.dirname, '..');
// This command's messages are in English.
await loadStrings('en');
if (!values.out) fail(values.scenes && values.format !== 'pptx' ? '--out DIR is required' : '--out FILE is required');
const asked = values.format ?? (values.scenes && extname(values.out) !== '.pptx' ? 'png' : extname(values.out).slice(1).toLowerCase());
if (asked === 'pptx') await deck();
const format = asked as Format;
if (!FORMATS.includes(format)) fail(`unknown format "${format}": use png, svg, pdf or pptx (or an --out name ending in one)`);
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
/** The built app to open: --app DIR (an existing production build), or a fresh build. */
async function appDir(): Promise<string> {
  if (values.app) {
    const dir = resolve(values.app);
    if (!existsSync(join(dir, 'index.html'))) fail(`--app ${values.app} holds no built app (index.html)`);
    return dir;
  }
  const out = resolve(ROOT, '.snapshot/app');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  return out;
}

/** A presentation file read and checked, or the command stops with the reason. */
function readScenes(name: string) {
  const file = name === 'default' ? join(ROOT, 'data/scenes/default.json') : name;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read the scenes file ${file}`);
  }
  const parsed = parseSceneFile(text);
  if (!parsed.ok) fail(`cannot use the scenes file ${file}: ${sceneProblemText(parsed.problem, 'en')}`);
  return { text, parsed };
}
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
function jobs(): Job[] {
  if (!values.scenes) return [{ state: values.state.replace(/^\?/, ''), out: values.out!, title: values.title }];
  const { parsed } = readScenes(values.scenes);
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
const server = await serve(await appDir());
const browser = await launch();
let failed = 0;
try {
  for (const job of todo) if (!(await shoot(browser, server.url, job))) failed++;
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

/** One PowerPoint deck of the scenes (or of --state), made by the page's own deck code. */
async function deck(): Promise<never> {
  if (values.lang !== 'zh' && values.lang !== 'en') fail(`unknown language "${values.lang}": use zh or en`);
  let sceneFile: string;
  if (values.scenes) {
    sceneFile = readScenes(values.scenes).text;
  } else {
    // A scene file needs a caption: without --subtitle the title stands in (the slide shows it once).
    const title = values.title ?? (values.lang === 'zh' ? '河南省“十四五”规划图集' : 'Henan Plan Atlas');
    sceneFile = formatSceneFile([{ title: { zh: title, en: title }, caption: { zh: values.subtitle ?? title, en: values.subtitle ?? title }, state: values.state.replace(/^\?/, '') }]);
  }
  const server = await serve(await appDir());
  const browser = await launch();
  let ok = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => (m.type() === 'error' || process.env.SNAPSHOT_DEBUG) && console.error(`page: ${m.text()}`));
    await page.goto(`${server.url}?lang=${values.lang}`);
    await page.locator('[data-map-idle="true"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => typeof window.atlasDeck === 'function');
    const result = await page.evaluate((r) => window.atlasDeck!(r), { sceneFile, format: 'pptx' as const, linkBase: values['link-base'] });
    if (!result.ok) console.error(`snapshot: ${result.message}`);
    else {
      writeFileSync(values.out!, Buffer.from(result.base64, 'base64'));
      console.log(`wrote ${values.out} (pptx, ${result.width} slides, ${Math.round(result.ms)} ms)`);
      ok = true;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(ok ? 0 : 1);
}
