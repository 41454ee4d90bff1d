import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle, waitSettled } from './fixtures.ts';
import { cityOf, countyAt } from './geo.ts';
import { project } from './layout.ts';

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
