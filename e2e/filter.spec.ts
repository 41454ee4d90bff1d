import { readFileSync } from 'node:fs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle } from './fixtures.ts';
import { parseCsv } from '../src/lib/csv.ts';

test('facets narrow the list and the map; counts match; the download holds exactly the listed items', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  const before = await mapPixels(atlas);
  await atlas.getByRole('button', { name: '筛选' }).click();
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  // The list draws only the rows in view; the table says how many it holds.
  const table = panel.locator('table[aria-rowcount]');
  const listed = async () => Number(await table.getAttribute('aria-rowcount')) - 1;
  const total = await listed();
  expect(total).toBeGreaterThan(50);
  expect(await panel.locator('tbody tr:not(.spacer)').count()).toBeLessThan(total);

  const zhengzhou = panel.getByRole('group', { name: '所在市' }).getByText('郑州市');
  const expected = Number(/\((\d+)\)/.exec((await zhengzhou.textContent())!)![1]);
  await zhengzhou.click();
  await expect.poll(listed).toBe(expected);
  await expect(panel.getByRole('status').first()).toContainText(String(expected));
  for (const city of await panel.locator('tbody tr:not(.spacer) td:nth-child(3)').allTextContents()) expect(city).toBe('郑州市');

  const national = panel.getByRole('group', { name: '级别' }).getByText('国家级');
  const narrowed = Number(/\((\d+)\)/.exec((await national.textContent())!)![1]);
  await national.click();
  await expect.poll(listed).toBe(narrowed);
  expect(narrowed).toBeLessThan(expected);
  await expect(atlas).toHaveURL(/fc=410100/);
  await expect(atlas).toHaveURL(/fl=national/);
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.0005);

  const [download] = await Promise.all([atlas.waitForEvent('download'), panel.getByRole('button', { name: '下载 CSV' }).click()]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = parseCsv(bytes.toString('utf8'));
  const names = await panel.locator('tbody tr:not(.spacer) td:nth-child(1)').allTextContents();
  expect(csv).toHaveLength(narrowed);
  expect(csv.map((r) => r.name_zh).sort()).toEqual([...names].sort());
  expect(csv.every((r) => r.city_code === '410100' && r.level === 'national')).toBe(true);
  expect(csv.every((r) => r.plan_chapters || r.sources)).toBe(true);

  await panel.getByRole('button', { name: '清除全部' }).click();
  await expect.poll(listed).toBe(total);
});

test('the result list works from the keyboard and opens the place', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&fk=site&q=镁谷');
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const rows = panel.locator('tbody tr:not(.spacer)');
  await expect(rows).toHaveCount(1);
  await rows.first().focus();
  await atlas.keyboard.press('Enter');
  await expect(atlas).toHaveURL(/city=410600/);
});

test('the hub-type and industry-chain facets narrow the list and the map to matching items', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&fk=hub');
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const table = panel.locator('table[aria-rowcount]');
  const listed = async () => Number(await table.getAttribute('aria-rowcount')) - 1;
  const hubs = await listed();
  const before = await mapPixels(atlas);
  const logistics = panel.getByRole('group', { name: '类型／产业' }).getByText('物流', { exact: false }).first();
  const expected = Number(/\((\d+)\)/.exec((await logistics.textContent())!)![1]);
  await logistics.click();
  await expect.poll(listed).toBe(expected);
  expect(expected).toBeLessThan(hubs);
  for (const type of await panel.locator('tbody tr:not(.spacer) td:nth-child(2)').allTextContents()) expect(type).toBe('物流');
  await expect(atlas).toHaveURL(/ft=%E7%89%A9%E6%B5%81|ft=物流/);
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.0002);

  await openAtlas(atlas, 'layers=&fn=智能传感器');
  const sensors = panel.getByRole('group', { name: '产业链' }).getByText('智能传感器');
  const n = Number(/\((\d+)\)/.exec((await sensors.textContent())!)![1]);
  await expect.poll(listed).toBe(n);
  for (const name of await panel.locator('tbody tr:not(.spacer) td:nth-child(1)').allTextContents()) expect(name).toMatch(/传感/);
});
