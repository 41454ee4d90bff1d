// Tables planners cite: the city-role table (both plans, city by city) and
// "what lies within N km", each opening places on the map and downloading as
// files Excel opens.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openAtlas, headerAction } from './fixtures.ts';
import { parseCsv } from '../src/lib/csv.ts';

const CITIES = JSON.parse(readFileSync('public/geo/henan-cities.geojson', 'utf8')) as { features: { properties: { adcode: string } }[] };

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!);
}

test('the city-role table has a row per city, opens a city from a cell, and downloads with a byte-order mark', async ({ atlas }) => {
  await openAtlas(atlas);
  await headerAction(atlas, '城市角色总表');
  const dialog = atlas.getByRole('dialog', { name: '城市角色总表' });
  const grid = dialog.getByRole('grid', { name: '城市角色总表' });
  const rows = grid.locator('tbody tr');
  await expect(rows).toHaveCount(CITIES.features.length);
  expect(CITIES.features.length).toBe(18);
  // Both plans' columns, grouped.
  await expect(grid.getByRole('columnheader', { name: '制造业规划', exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: '服务业规划', exact: true })).toBeVisible();

  // Every cell that says something names its chapter, or, for facts from outside the plans, its source and date.
  const luoyang = rows.filter({ has: atlas.getByRole('rowheader', { name: '洛阳市' }) });
  const filled = luoyang.locator('td:not(.empty)');
  expect(await filled.count()).toBeGreaterThan(3);
  for (const text of await filled.allTextContents()) expect(text).toMatch(/第[一二三四五六七八九十]+章|[一二三四五六七八九十]（[一二三四五六七八九十]）|\d{4}年/);

  const bytes = await download(atlas, () => dialog.getByRole('button', { name: '下载 CSV' }).click());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = parseCsv(bytes.toString('utf8'));
  expect(csv).toHaveLength(18);
  expect(csv.map((r) => r['名称'])).toContain('洛阳市');
  expect(csv.find((r) => r['名称'] === '洛阳市')!['区划代码']).toBe('410300');

  // Sorting by a column puts the city with the most entries first.
  await grid.getByRole('columnheader', { name: /郑州都市圈/ }).first().getByRole('button').click();
  await expect(rows.first().getByRole('rowheader')).toHaveText('郑州市');

  await filled.first().click();
  await expect(dialog).toHaveCount(0);
  await expect(atlas).toHaveURL(/city=410300/);
});

test('the role table works from the keyboard and follows the language', async ({ atlas }) => {
  await openAtlas(atlas, 'lang=en');
  await headerAction(atlas, 'City roles table');
  const grid = atlas.getByRole('grid', { name: 'City roles table' });
  await expect(grid.locator('tbody tr')).toHaveCount(18);
  await expect(grid).not.toContainText(/[\u4e00-\u9fff]/);
  await grid.getByRole('rowheader').first().focus();
  await atlas.keyboard.press('ArrowDown');
  await atlas.keyboard.press('ArrowRight');
  const focused = atlas.locator(':focus');
  await expect(focused).toHaveJSProperty('tagName', 'TD');
  const second = (await grid.getByRole('rowheader').nth(1).textContent())!;
  await atlas.keyboard.press('Enter');
  await expect(grid).toHaveCount(0);
  await expect(atlas.getByRole('heading', { level: 2, name: second.trim() })).toBeVisible();
});

// Straight-line distance on a sphere of the mean earth radius, as a hand count would do it.
function km([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

test('"within N km" lists what a hand count of the map\'s data gives, draws the circle, and keeps centre and radius in the link', async ({ atlas }) => {
  // Everything the map holds, as the filter downloads it with nothing selected.
  await openAtlas(atlas, 'layers=');
  await atlas.getByRole('button', { name: '筛选' }).click();
  const filter = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const all = JSON.parse((await download(atlas, () => filter.getByRole('button', { name: '下载 GeoJSON' }).click())).toString('utf8')) as {
    features: { properties: { name_zh: string }; geometry: { coordinates: number[] } }[];
  };
  const centre = [113.6254, 34.7466];
  const expected = (r: number) => all.features.filter((f) => km(centre, f.geometry.coordinates) <= r).map((f) => f.properties.name_zh).sort();
  expect(expected(20).length).toBeGreaterThan(5);
  expect(expected(20).length).toBeLessThan(all.features.length);

  await openAtlas(atlas, `layers=&near=${centre.join(',')}&r=20`);
  const panel = atlas.getByRole('region', { name: '周边查询' });
  await expect(panel.getByRole('heading', { name: /周边 20 公里/ })).toBeVisible();
  await expect(panel.getByRole('status')).toContainText(`范围内 ${expected(20).length} 项`);
  const listed = await panel.locator('tbody tr td:first-child').allTextContents();
  expect(listed.map((s) => s.trim()).sort()).toEqual(expected(20));

  await panel.getByRole('spinbutton', { name: '半径（公里）' }).fill('8');
  await panel.getByRole('spinbutton', { name: '半径（公里）' }).press('Enter');
  await expect(atlas).toHaveURL(/r=8(&|$)/);
  await expect(panel.getByRole('status')).toContainText(`范围内 ${expected(8).length} 项`);
  const csv = parseCsv((await download(atlas, () => panel.getByRole('button', { name: '下载 CSV' }).click())).toString('utf8'));
  expect(csv.map((r) => r.name_zh).sort()).toEqual(expected(8));
  expect(csv.every((r) => Number(r.distance_km) <= 8)).toBe(true);
});

test('a point picked on the map becomes the centre', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  await headerAction(atlas, '周边查询');
  const panel = atlas.getByRole('region', { name: '周边查询' });
  await expect(panel.getByRole('button', { name: '在地图上选点' })).toHaveAttribute('aria-pressed', 'true');
  const { project } = await import('./layout.ts');
  const at = await project(atlas, 114.3, 34.8);
  await atlas.mouse.click(at.x, at.y);
  await expect(atlas).toHaveURL(/near=114\.\d+,34\.\d+/);
  await expect(panel.getByRole('heading', { name: /所选地点/ })).toBeVisible();
});

test("a layer's feature list downloads as CSV with each feature's members and chapters", async ({ atlas }) => {
  await openAtlas(atlas, 'layers=metro');
  const panel = atlas.getByRole('region', { name: '图层' });
  const summary = panel.locator('details.features summary').first();
  const n = Number(/(\d+)/.exec((await summary.textContent())!)![1]);
  await summary.click();
  const csv = parseCsv((await download(atlas, () => panel.locator('details.features').first().getByRole('button', { name: '下载 CSV' }).click())).toString('utf8'));
  expect(csv).toHaveLength(n);
  await expect(panel.locator('details.features').first().locator('li')).toHaveCount(n);
  expect(csv.every((r) => /第[一二三四五六七八九十]+章|[一二三四五]（/.test(r.plan_chapters))).toBe(true);
  expect(csv.some((r) => r.member_names_zh.includes('郑州市'))).toBe(true);
});

test("a first view's feature list downloads with every feature's summary in both languages", async ({ atlas }) => {
  await openAtlas(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  const features = panel.locator('details.features').first();
  await features.locator('summary').click();
  const csv = parseCsv((await download(atlas, () => features.getByRole('button', { name: '下载 CSV' }).click())).toString('utf8'));
  expect(csv.length).toBeGreaterThan(0);
  expect(csv.filter((r) => !r.summary_zh || !r.summary_en)).toEqual([]);
});
