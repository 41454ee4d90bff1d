import { readFileSync } from 'node:fs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle } from './fixtures.ts';
import { parseCsv } from '../src/lib/csv.ts';

test('facets narrow the list and the map; counts match; the download holds exactly the listed items', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  const before = await mapPixels(atlas);
  await atlas.getByRole('button', { name: '筛选' }).click();
  const panel = atlas.getByRole('region', { name: '筛选开发区与产业载体' });
  const rows = panel.locator('tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(50);

  const zhengzhou = panel.getByRole('group', { name: '所在市' }).getByText('郑州市');
  const expected = Number(/\((\d+)\)/.exec((await zhengzhou.textContent())!)![1]);
  await zhengzhou.click();
  await expect(rows).toHaveCount(expected);
  await expect(panel.getByRole('status')).toContainText(String(expected));
  for (const city of await panel.locator('tbody tr td:nth-child(3)').allTextContents()) expect(city).toBe('郑州市');

  const national = panel.getByRole('group', { name: '级别' }).getByText('国家级');
  const narrowed = Number(/\((\d+)\)/.exec((await national.textContent())!)![1]);
  await national.click();
  await expect(rows).toHaveCount(narrowed);
  expect(narrowed).toBeLessThan(expected);
  await expect(atlas).toHaveURL(/fc=410100/);
  await expect(atlas).toHaveURL(/fl=national/);
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.0005);

  const [download] = await Promise.all([atlas.waitForEvent('download'), panel.getByRole('button', { name: '下载 CSV' }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const listed = await panel.locator('tbody tr td:nth-child(1)').allTextContents();
  expect(csv.map((r) => r.name_zh).sort()).toEqual([...listed].sort());
  expect(csv.every((r) => r.city_code === '410100' && r.level === 'national')).toBe(true);

  await panel.getByRole('button', { name: '清除全部' }).click();
  await expect(rows).toHaveCount(total);
});

test('the result list works from the keyboard and opens the place', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&fk=site&q=镁谷');
  const panel = atlas.getByRole('region', { name: '筛选开发区与产业载体' });
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.first().focus();
  await atlas.keyboard.press('Enter');
  await expect(atlas).toHaveURL(/city=410600/);
});
