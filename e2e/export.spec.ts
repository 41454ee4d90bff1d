// Snapshot export from the dialog and from the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect, openAtlas } from './fixtures.ts';
import { exportFile } from './export-dialog.ts';


/** Distinct colours in a region, a cheap sign that something is drawn there. */
function region(png: PNG, x0: number, y0: number, x1: number, y1: number): number[] {
  const out: number[] = [];
  for (let y = Math.floor(y0 * png.height); y < y1 * png.height; y += 2) {
    for (let x = Math.floor(x0 * png.width); x < x1 * png.width; x += 2) {
      const i = (y * png.width + x) * 4;
      out.push((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    }
  }
  return out;
}

/** Pixels of the 郑洛西 band's purple (#9b59b6 at 75 % over the base map) outside the legend. */
function bandPixels(png: PNG): number {
  let n = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = Math.floor(png.width * 0.3); x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i] - 174) + Math.abs(png.data[i + 1] - 126) + Math.abs(png.data[i + 2] - 196) < 40) n++;
    }
  }
  return n;
}

test('a PNG export has the exact size, is not blank, and its legend follows the visible layers', async ({ atlas }) => {
  test.setTimeout(240_000);
  await openAtlas(atlas, 'layers=zones');
  const one = PNG.sync.read(await exportFile(atlas, { size: '幻灯片 1920×1080', format: 'PNG' }));
  expect([one.width, one.height]).toEqual([1920, 1080]);
  expect(new Set(region(one, 0.3, 0.2, 0.9, 0.9)).size).toBeGreaterThan(50);

  await atlas.getByRole('dialog', { name: '导出地图' }).getByRole('button', { name: '关闭' }).click();
  await atlas.getByRole('checkbox', { name: '郑州都市圈' }).check();
  const two = PNG.sync.read(await exportFile(atlas, { size: '幻灯片 1920×1080', format: 'PNG' }));
  // The legend sits bottom left; with a second layer it holds more entries.
  const [a, b] = [region(one, 0, 0.3, 0.25, 0.93), region(two, 0, 0.3, 0.25, 0.93)];
  const changed = a.filter((v, i) => v !== b[i]).length / a.length;
  expect(changed).toBeGreaterThan(0.02);
});

test('an SVG export parses and holds the title, the legend labels and a path per visible boundary', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'layers=zones');
  const svg = (await exportFile(atlas, { size: '幻灯片 1920×1080', format: 'SVG' })).toString('utf8');
  const doc = await atlas.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    const failed = d.getElementsByTagName('parsererror').length > 0;
    const texts = [...d.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const paths = (id: string) => d.querySelectorAll(`g[id="${id}"] path`).length;
    return { failed, texts, cities: paths('cities-line'), counties: paths('counties-line'), province: paths('province-line'), width: d.documentElement.getAttribute('width') };
  }, svg);
  expect(doc.failed).toBe(false);
  expect(doc.width).toBe('1920');
  expect(doc.texts).toContain('四区协同支撑');
  expect(doc.texts).toContain('豫西转型创新发展示范区');
  expect(doc.texts.some((t) => t.includes('示意图'))).toBe(true);
  const geo = (f: string) => (JSON.parse(readFileSync(join('public/geo', f), 'utf8')) as { features: unknown[] }).features.length;
  expect(doc.cities).toBe(geo('henan-cities.geojson'));
  expect(doc.counties).toBe(geo('henan-counties.geojson'));
  expect(doc.province).toBe(1);
});

test('the command line writes the same dimensions as the dialog for the same state', async ({ atlas }) => {
  test.setTimeout(300_000);
  const state = 'layers=corridors&lang=en';
  await openAtlas(atlas, state);
  await atlas.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = atlas.getByRole('dialog', { name: 'Export the map' });
  await dialog.getByLabel('Size').selectOption({ label: 'A4 landscape' });
  await dialog.getByLabel('150 dpi').check();
  // The export follows a finished preview: deck.gl content once went missing from a map drawn after another.
  await expect(dialog.getByText('Drawing the preview…')).toBeVisible();
  await expect(dialog.getByText('Drawing the preview…')).toHaveCount(0);
  await expect(dialog.getByRole('img', { name: 'Preview' })).toBeVisible();
  const [download] = await Promise.all([atlas.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export file' }).click()]);
  const ui = PNG.sync.read(readFileSync((await download.path())!));
  const out = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'cli.png');
  execFileSync('npx', ['tsx', 'scripts/snapshot.ts', '--app', 'dist', '--state', state, '--size', 'a4-landscape', '--dpi', '150', '--out', out], { stdio: 'pipe', timeout: 240_000 });
  const cli = PNG.sync.read(readFileSync(out));
  expect([cli.width, cli.height]).toEqual([ui.width, ui.height]);
  // deck.gl's corridors are in both files (the Zhengzhou–Luoyang–Xi'an band, purple, right of the legend).
  expect(bandPixels(ui)).toBeGreaterThan(300);
  expect(bandPixels(cli)).toBeGreaterThan(300);
});

test('a size beyond what the graphics can draw gives a clear message and a size that works', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=zones');
  await atlas.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = atlas.getByRole('dialog', { name: '导出地图' });
  await dialog.getByLabel('尺寸').selectOption({ label: '自定义' });
  await dialog.getByLabel('宽（像素）').fill('19000');
  await dialog.getByLabel('高（像素）').fill('12000');
  await dialog.getByRole('button', { name: '导出文件' }).click();
  await expect(dialog.getByRole('alert')).toContainText('超出本机图形处理能力');
  const use = dialog.getByRole('button', { name: /^改用/ });
  await use.click();
  const width = Number(await dialog.getByLabel('宽（像素）').inputValue());
  expect(width).toBeLessThan(19000);
  expect(width / Number(await dialog.getByLabel('高（像素）').inputValue())).toBeCloseTo(19000 / 12000, 2);
});

test('the command line exports a presentation file as one titled file per scene, and refuses a broken one', () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
  const scenes = [
    { title: { zh: '沿黄示范带', en: 'The Yellow River belt' }, caption: { zh: '一', en: 'one' }, state: 'layers=belt' },
    { title: { zh: '四个示范区', en: 'Four zones' }, caption: { zh: '二', en: 'two' }, state: 'layers=zones' },
  ];
  writeFileSync(join(dir, 'scenes.json'), JSON.stringify({ format: 'henan-atlas-scenes', version: 1, scenes }));
  // The production build the browser tests run against: no second build per call.
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/snapshot.ts', '--app', 'dist', ...args], { encoding: 'utf8', timeout: 240_000 });
  const ok = run('--scenes', join(dir, 'scenes.json'), '--out', join(dir, 'out'), '--size', '1280x720', '--format', 'svg', '--lang', 'en');
  expect(ok.status, ok.stderr).toBe(0);
  const files = readdirSync(join(dir, 'out')).sort();
  expect(files).toEqual(['01-the-yellow-river-belt.svg', '02-four-zones.svg']);
  for (const [i, f] of files.entries()) {
    const svg = readFileSync(join(dir, 'out', f), 'utf8');
    expect(svg).toContain(`>${scenes[i].title.en}</text>`);
    expect(svg).toMatch(/width="1280"/);
  }

  // The same scenes as one PowerPoint deck: a slide each, titled in the asked language.
  const deck = run('--scenes', join(dir, 'scenes.json'), '--format', 'pptx', '--out', join(dir, 'deck.pptx'), '--lang', 'en', '--link-base', 'https://example.org/atlas/');
  expect(deck.status, deck.stderr).toBe(0);
  const parts = unzipSync(new Uint8Array(readFileSync(join(dir, 'deck.pptx'))));
  const slideXml = (n: number) => strFromU8(parts[`ppt/slides/slide${n}.xml`]);
  expect(Object.keys(parts).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(2);
  expect(slideXml(1)).toContain('<a:t>The Yellow River belt</a:t>');
  expect(slideXml(2)).toContain('<a:t>Four zones</a:t>');
  expect(strFromU8(parts['ppt/notesSlides/notesSlide2.xml'])).toContain('https://example.org/atlas/?layers=zones');

  writeFileSync(join(dir, 'broken.json'), JSON.stringify({ format: 'henan-atlas-scenes', version: 1, scenes: [{ ...scenes[0], state: 'layers=nonsense' }] }));
  const bad = run('--scenes', join(dir, 'broken.json'), '--out', join(dir, 'none'));
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('the view of scene 1 has parts the atlas cannot read: nonsense');
  expect(existsSync(join(dir, 'none'))).toBe(false);
});
