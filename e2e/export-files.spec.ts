// Exported files opened the way a print shop, a layout program or an office
// suite opens them: poppler for the PDF, librsvg for the SVG, the PNG's own
// chunks, the PowerPoint package's parts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { PNG } from 'pngjs';
import { test, expect, headerAction, openAtlas } from './fixtures.ts';
import { exportFile } from './export-dialog.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-files-'));


function chunks(png: Buffer, type: string): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === type) out.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return out;
}
const chunk = (png: Buffer, type: string): Buffer | null => chunks(png, type)[0] ?? null;

/** The box of the dark pixels of an image: where its text landed. */
function inkBox(png: PNG): { x0: number; y0: number; x1: number; y1: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i + 3] > 128 && png.data[i] + png.data[i + 1] + png.data[i + 2] < 300) {
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
  }
  return { x0, y0, x1, y1 };
}

test('a PDF of a view is vector: its title and place names are text in an embedded font, and no picture of the map', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'layers=zones,belt');
  const dir = tmp();
  const file = join(dir, 'view.pdf');
  writeFileSync(file, await exportFile(atlas, { size: 'A4 横向', format: 'PDF', dpi: '300' }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // A4 landscape in points.
  expect(info).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('四区协同支撑');
  const places = ['郑州市', '洛阳市', '开封市', '新乡市', '许昌市', '南阳市', '信阳市', '商丘市', '周口市', '驻马店市', '安阳市', '平顶山市'];
  expect(places.filter((p) => text.includes(p)).length).toBeGreaterThanOrEqual(10);
  expect(text).toContain('示意图');
  // River names along their rivers, in the PDF as in the SVG.
  expect(text).toContain('黄河');
  expect(text).toContain('淮河');
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  // name type encoding emb sub uni object: every font embedded, as a subset, with a Unicode map.
  for (const f of fonts) expect(f).toMatch(/\+NotoSansCJK.*\s+yes\s+yes\s+yes\s+/i);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(images).toEqual([]);
  // And it draws: the rendered page is the map, not a blank sheet.
  execFileSync('pdftoppm', ['-r', '40', '-png', '-singlefile', file, join(dir, 'page')]);
  const page = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  const colours = new Set<number>();
  for (let i = 0; i < page.data.length; i += 16) colours.add((page.data[i] << 16) | (page.data[i + 1] << 8) | page.data[i + 2]);
  expect(colours.size).toBeGreaterThan(200);
});

test('a PNG for print says its dpi, is RGB and carries its title', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'layers=zones');
  const png = await exportFile(atlas, { size: 'A4 横向', format: 'PNG', dpi: '150' });
  const phys = chunk(png, 'pHYs')!;
  expect(phys[8]).toBe(1);
  expect(phys.readUInt32BE(0) * 0.0254).toBeCloseTo(150, 0);
  expect(chunk(png, 'IHDR')![9]).toBe(2);
  const texts = [...chunks(png, 'iTXt'), ...chunks(png, 'tEXt')].map((c) => c.toString('utf8'));
  expect(texts.find((t) => t.startsWith('Title\0'))).toContain('四区协同支撑');
  expect(texts.find((t) => t.startsWith('Source\0'))).toContain('示意图');
  const decoded = PNG.sync.read(png);
  expect([decoded.width, decoded.height]).toEqual([Math.round((297 / 25.4) * 150), Math.round((210 / 25.4) * 150)]);
});

test('librsvg and Chromium draw the SVG alike: a label lands within 2 px, the picture nearly the same', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'layers=zones');
  const svg = (await exportFile(atlas, { size: '幻灯片 1920×1080', format: 'SVG' })).toString('utf8');
  const dir = tmp();
  const width = Number(/width="(\d+)"/.exec(svg)![1]);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  // One label alone, dark on white: where each renderer puts its glyphs.
  const label = [...svg.matchAll(/<text [^>]*fill="rgb[^"]*"[^>]*>郑州市<\/text>/g)].map((m) => m[0])[0];
  expect(label).toBeTruthy();
  const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${label.replace(/fill="[^"]*"/, 'fill="#000"')}</svg>`;
  const render = async (doc: string, name: string) => {
    writeFileSync(join(dir, `${name}.svg`), doc);
    execFileSync('rsvg-convert', ['-o', join(dir, `${name}-rsvg.png`), join(dir, `${name}.svg`)]);
    const page = await atlas.context().newPage();
    await page.setViewportSize({ width, height });
    await page.setContent(`<body style="margin:0">${doc.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const chromium = PNG.sync.read(await page.screenshot({ clip: { x: 0, y: 0, width, height } }));
    await page.close();
    return { rsvg: PNG.sync.read(readFileSync(join(dir, `${name}-rsvg.png`))), chromium };
  };
  const one = await render(alone, 'label');
  const [a, b] = [inkBox(one.rsvg), inkBox(one.chromium)];
  expect(a.x1).toBeGreaterThan(0);
  for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(a[k] - b[k]), `${k}: rsvg ${a[k]}, Chromium ${b[k]}`).toBeLessThanOrEqual(2);
  const all = await render(svg, 'all');
  let differ = 0;
  for (let i = 0; i < all.rsvg.data.length; i += 4) {
    const d = Math.abs(all.rsvg.data[i] - all.chromium.data[i]) + Math.abs(all.rsvg.data[i + 1] - all.chromium.data[i + 1]) + Math.abs(all.rsvg.data[i + 2] - all.chromium.data[i + 2]);
    if (d > 60) differ++;
  }
  expect(differ / (width * height)).toBeLessThan(0.03);
});

test('the SVG draws the map as the PNG does: the same colours in the same places, block by block', async ({ atlas }) => {
  test.setTimeout(240_000);
  // Zones coloured by a property, the belt's soft band and dashed links: the style's expressions at work.
  await openAtlas(atlas, 'layers=zones,belt');
  const size = '幻灯片 1920×1080';
  const png = PNG.sync.read(await exportFile(atlas, { size, format: 'PNG' }));
  const svg = await exportFile(atlas, { size, format: 'SVG' });
  const dir = tmp();
  writeFileSync(join(dir, 'map.svg'), svg);
  execFileSync('rsvg-convert', ['-o', join(dir, 'map.png'), join(dir, 'map.svg')]);
  const drawn = PNG.sync.read(readFileSync(join(dir, 'map.png')));
  expect([drawn.width, drawn.height]).toEqual([png.width, png.height]);
  // Mean colour of 24 px blocks: labels and antialiasing differ a little between renderers, areas do not.
  const B = 24;
  const mean = (img: PNG, bx: number, by: number) => {
    const sum = [0, 0, 0];
    for (let y = by * B; y < (by + 1) * B; y++) {
      for (let x = bx * B; x < (bx + 1) * B; x++) for (let c = 0; c < 3; c++) sum[c] += img.data[(y * img.width + x) * 4 + c];
    }
    return sum.map((v) => v / (B * B));
  };
  let blocks = 0;
  let differ = 0;
  for (let by = 0; by < Math.floor(png.height / B); by++) {
    for (let bx = 0; bx < Math.floor(png.width / B); bx++) {
      const [a, b] = [mean(png, bx, by), mean(drawn, bx, by)];
      blocks++;
      if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 30) differ++;
    }
  }
  expect(differ / blocks).toBeLessThan(0.05);
});

test('the scenes as a PowerPoint deck: a slide per scene with its title as text, the map at full resolution, the link in the notes', async ({ atlas }) => {
  test.setTimeout(400_000);
  await openAtlas(atlas);
  await headerAction(atlas, /^演示$/);
  const panel = atlas.getByRole('region', { name: '演示场景' });
  // The panel loads on first use; wait for its list before reading it.
  const items = panel.locator('ol li .title');
  await expect.poll(() => items.count()).toBeGreaterThan(1);
  const titles = await items.allTextContents();
  const [download] = await Promise.all([atlas.waitForEvent('download', { timeout: 380_000 }), panel.getByRole('button', { name: '导出为PPT' }).click()]);
  const parts = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const slides = Object.keys(parts).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
  expect(slides).toHaveLength(titles.length);
  const xml = (p: string) => strFromU8(parts[p]);
  const order = (p: string) => Number(/(\d+)\.xml$/.exec(p)![1]);
  for (const s of slides.sort((x, y) => order(x) - order(y))) {
    const i = order(s) - 1;
    expect(xml(s)).toContain(`<a:t>${titles[i]}</a:t>`);
    // The legend is drawn with the slide's own shapes, beside the picture of the map.
    expect(xml(s)).toMatch(/prstGeom prst="(rect|ellipse|line)"/);
    expect(xml(s)).toContain('示意图');
  }
  const media = Object.keys(parts).filter((p) => /^ppt\/media\/.+\.png$/.test(p));
  expect(media.length).toBeGreaterThanOrEqual(titles.length);
  for (const m of media) {
    const png = PNG.sync.read(Buffer.from(parts[m]));
    // 8.6 in of a 13.33 in slide at 1920 pixels across, drawn at 1.5×.
    expect(png.width).toBeGreaterThanOrEqual(1800);
  }
  const notes = Object.keys(parts).filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p));
  expect(notes).toHaveLength(titles.length);
  expect(notes.every((n) => /\?[^<]*layers=/.test(xml(n)))).toBe(true);
  await expect(panel.getByRole('alert')).toContainText(`已导出 ${titles.length} 个场景`);
});
