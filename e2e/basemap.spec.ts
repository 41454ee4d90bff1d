import type { Page } from '@playwright/test';
import type { PNG } from 'pngjs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle, waitSettled } from './fixtures.ts';
import { cityOf, countyAt, countyBoundary } from './geo.ts';
import { freeArea, project } from './layout.ts';

// A camera centred on a point the test knows the county of, from the committed data.
const CENTRE = { lon: 112.45, lat: 34.62, zoom: 9 };
const camera = `map=${CENTRE.zoom}/${CENTRE.lat}/${CENTRE.lon}`;

test('the map renders Henan, not a blank canvas', async ({ atlas }) => {
  await openAtlas(atlas);
  const png = await mapPixels(atlas);
  const colours = new Set<number>();
  let background = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const rgb = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    colours.add(rgb);
    if (rgb === 0xe6ecef) background++;
  }
  expect(colours.size).toBeGreaterThan(50);
  expect(background / (png.width * png.height)).toBeLessThan(0.5);
  await expect(atlas.getByText('示意图', { exact: false }).first()).toBeVisible();
});

test('hovering a county names it; clicking opens its card with city and code', async ({ atlas }) => {
  const expected = countyAt(CENTRE.lon, CENTRE.lat);
  await openAtlas(atlas, camera);
  await waitSettled(atlas);
  // The camera's centre is the centre of the part of the map no panel covers: ask the map where it is.
  const centre = await project(atlas, CENTRE.lon, CENTRE.lat);
  await atlas.mouse.move(centre.x - 5, centre.y - 5);
  await atlas.mouse.move(centre.x, centre.y);
  await expect(atlas.getByRole('tooltip')).toHaveText(expected.name_zh);
  await atlas.mouse.click(centre.x, centre.y);
  const card = atlas.getByRole('complementary', { name: expected.name_zh });
  await expect(card).toContainText(expected.adcode);
  await expect(card).toContainText(expected.name_en);
  await expect(card).toContainText(cityOf(expected.city_adcode).name_zh);
  await expect(atlas).toHaveURL(new RegExp(`county=${expected.adcode}`));
});

/** The map once it holds still: a label's fade or a late tile can come after the idle in a loaded suite. */
async function stillMap(page: Page): Promise<PNG> {
  let last = await mapPixels(page);
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(400);
    const next = await mapPixels(page);
    if (pixelDiff(last, next) === 0) break;
    last = next;
  }
  return last;
}

test('county names and the airport join the map as it zooms in, and draw as in a link opened at that zoom', async ({ atlas }) => {
  const fetched: string[] = [];
  atlas.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const airports = () => fetched.filter((p) => p.endsWith('/airports.geojson'));
  await openAtlas(atlas, 'layers=&map=6.200/34.2000/113.6000');
  await waitSettled(atlas);
  // Nothing on the map needs them at this zoom, so nothing of them is fetched.
  expect(airports()).toEqual([]);
  for (let i = 0; i < 2; i++) {
    await atlas.getByRole('button', { name: '放大' }).click();
    await waitSettled(atlas);
  }
  await expect(atlas).toHaveURL(/map=8\.200\//);
  expect(airports()).toHaveLength(1);
  const zoomed = await stillMap(atlas);
  await openAtlas(atlas, 'layers=&map=8.200/34.2000/113.6000');
  await waitSettled(atlas);
  // County names (drawn from zoom 7) and Zhengzhou's airport, where a first view at this zoom has them.
  expect(pixelDiff(zoomed, await stillMap(atlas))).toBeLessThan(0.002);
});

test('a selected county is outlined', async ({ atlas }) => {
  const county = countyAt(CENTRE.lon, CENTRE.lat);
  const points = countyBoundary(county.adcode).filter((_, i) => i % 3 === 0);
  // The map's colour at each boundary point drawn in the part of the map no panel covers.
  const samples = async () => {
    const free = await freeArea(atlas);
    const box = (await atlas.locator('.maplibregl-canvas').boundingBox())!;
    const png = await mapPixels(atlas);
    const out = new Map<number, number>();
    for (const [k, [lon, lat]] of points.entries()) {
      const p = await project(atlas, lon, lat);
      if (p.x < free.left + 4 || p.x > free.right - 4 || p.y < free.top + 4 || p.y > free.bottom - 4) continue;
      const i = (Math.round(p.y - box.y) * png.width + Math.round(p.x - box.x)) * 4;
      out.set(k, png.data[i] + png.data[i + 1] + png.data[i + 2]);
    }
    return out;
  };
  await openAtlas(atlas, `layers=&${camera}`);
  await waitSettled(atlas);
  const plain = await samples();
  await openAtlas(atlas, `layers=&${camera}&county=${county.adcode}`);
  await expect(atlas.getByRole('complementary', { name: county.name_zh })).toBeVisible();
  await waitSettled(atlas);
  const outlined = await samples();
  const both = [...outlined.keys()].filter((k) => plain.has(k));
  expect(both.length).toBeGreaterThan(10);
  // The outline is drawn dark along the boundary, where the plain map has a pale county line.
  const darker = both.filter((k) => outlined.get(k)! < plain.get(k)! - 120).length;
  expect(darker / both.length).toBeGreaterThan(0.5);
});

test('?lang=en switches the interface and the map labels to English', async ({ atlas }) => {
  await openAtlas(atlas, camera);
  const zh = await mapPixels(atlas);
  await expect(atlas.getByRole('heading', { level: 1 })).toHaveText('河南省“十四五”规划图集');

  await openAtlas(atlas, `${camera}&lang=en`);
  await expect(atlas.getByRole('heading', { level: 1 })).toHaveText('Henan Plan Atlas');
  await expect(atlas.locator('html')).toHaveAttribute('lang', 'en');
  const en = await mapPixels(atlas);
  // Same camera, same geometry: only the labels differ.
  expect(pixelDiff(zh, en)).toBeGreaterThan(0.002);

  await atlas.getByRole('button', { name: '切换到中文' }).click();
  await waitIdle(atlas);
  await expect(atlas.getByRole('heading', { level: 1 })).toHaveText('河南省“十四五”规划图集');
  await expect(atlas).not.toHaveURL(/lang=en/);
});

// The plain page, not the fixture: the refused file is a console error by design.
test('a language that cannot be loaded leaves the page as it was, says so, and loads on a later try', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  const english = /table-en[-.][\w-]*\.(js|ts)/;
  await page.route(english, (r) => r.abort());
  await openAtlas(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByText('未能载入另一种语言，请稍后重试。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南省“十四五”规划图集');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.unroute(english);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henan Plan Atlas');
  expect(uncaught).toEqual([]);
});

test('reset view fits Henan again after panning away', async ({ atlas }) => {
  await openAtlas(atlas);
  const start = await mapPixels(atlas);
  await openAtlas(atlas, 'map=10/32.1/114.1');
  await atlas.getByRole('button', { name: '复位视图' }).click();
  await expect(atlas).toHaveURL(/map=6\./, { timeout: 30_000 });
  await waitIdle(atlas);
  expect(pixelDiff(start, await mapPixels(atlas))).toBeLessThan(0.02);
});

test('the places’ names and seats wait until the map has drawn, but come at once for someone who goes for the search box first', async ({ atlas }) => {
  // What the page itself fetched (the map's worker fetches its geometry on its own).
  const pageFetched = () => atlas.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/(labels|seats)\.geojson$/.test(e.name)).length);
  // The counties' geometry held back: the map's first view cannot finish drawing.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await atlas.route('**/henan-counties.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await atlas.goto('./');
  const search = atlas.getByRole('combobox', { name: '搜索地名' });
  await expect(search).toBeVisible();
  await atlas.waitForTimeout(1500);
  await expect(atlas.locator('[data-map-idle="true"]')).toHaveCount(0);
  expect(await pageFetched()).toBe(0);
  await search.click();
  await atlas.keyboard.type('洛阳');
  await expect(atlas.getByRole('option').first()).toContainText('洛阳市');
  await expect(atlas.locator('[data-map-idle="true"]')).toHaveCount(0);
  release();
  await waitIdle(atlas);
  expect(await pageFetched()).toBe(2);
});
