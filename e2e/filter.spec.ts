import { readFileSync } from 'node:fs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle } from './fixtures.ts';
import { parseCsv } from '../src/lib/csv.ts';

test('facets narrow the list and the map; counts match; the download holds exactly the listed items', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  const before = await mapPixels(atlas);
  await atlas.getByRole('button', { name: '筛选' }).click();
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
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
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.first().focus();
  await atlas.keyboard.press('Enter');
  await expect(atlas).toHaveURL(/city=410600/);
});

test('a loaded zone list reports its bad rows, keeps the good ones, and a broken file loses nothing', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  await atlas.getByRole('button', { name: '筛选' }).click();
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const input = panel.getByLabel('导入开发区名单（CSV 或 GeoJSON）');
  const csv = ['name,level,county,city', '试验开发区甲,provincial,兰考县,开封市', '试验开发区乙,,不存在县,', '试验开发区丙,county,孟津区,'].join('\n');
  await input.setInputFiles({ name: 'zones.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const report = panel.getByRole('status', { name: '导入结果' });
  await expect(report).toContainText('已从 zones.csv 导入 1 条');
  await expect(report).toContainText('第 2 行: unknown county "不存在县"');
  await expect(report).toContainText('第 3 行: level "county"');

  await panel.getByRole('group', { name: '类别' }).getByText('导入的开发区').click();
  await expect(panel.locator('tbody tr')).toHaveCount(1);
  await expect(panel.locator('tbody tr').first()).toContainText('试验开发区甲');

  await input.setInputFiles({ name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "Feat') });
  await expect(report).toContainText('无法读取 broken.geojson');
  await expect(panel.locator('tbody tr')).toHaveCount(1);
});

test('the hub-type and industry-chain facets narrow the list and the map to matching items', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&fk=hub');
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  const rows = panel.locator('tbody tr');
  const hubs = await rows.count();
  const before = await mapPixels(atlas);
  const logistics = panel.getByRole('group', { name: '类型／产业' }).getByText('物流', { exact: false }).first();
  const expected = Number(/\((\d+)\)/.exec((await logistics.textContent())!)![1]);
  await logistics.click();
  await expect(rows).toHaveCount(expected);
  expect(expected).toBeLessThan(hubs);
  for (const type of await panel.locator('tbody tr td:nth-child(2)').allTextContents()) expect(type).toBe('物流');
  await expect(atlas).toHaveURL(/ft=%E7%89%A9%E6%B5%81|ft=物流/);
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.0002);

  await openAtlas(atlas, 'layers=&fn=智能传感器');
  const sensors = panel.getByRole('group', { name: '产业链' }).getByText('智能传感器');
  const n = Number(/\((\d+)\)/.exec((await sensors.textContent())!)![1]);
  await expect(rows).toHaveCount(n);
  for (const name of await panel.locator('tbody tr td:nth-child(1)').allTextContents()) expect(name).toMatch(/传感/);
});
