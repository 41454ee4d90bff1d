// A planner's own files: the encodings and formats Chinese Excel writes, a
// preview before anything is added, messages in the UI's language, named
// lists that can be hidden, renamed, replaced or removed, and large files
// that load without freezing the page.
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import type { Page } from '@playwright/test';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle, waitSettled } from './fixtures.ts';

const FILTER = '筛选开发区、产业载体与服务业枢纽';

// Rows a planner might keep: Chinese headers, a county by name, one by name
// and city, one that names no county in Henan.
const HEADER = ['名称', '级别', '所在县（市、区）', '所在市'];
const ROWS = [
  ['兰考县试验园甲', '省级', '兰考县', '开封市'],
  ['孟津试验园乙', '', '孟津区', '洛阳市'],
  ['试验园丙', '', '不存在县', ''],
];

async function openImport(atlas: Page) {
  await openAtlas(atlas, 'layers=');
  await atlas.getByRole('button', { name: '筛选' }).click();
  const panel = atlas.getByRole('region', { name: FILTER });
  return { panel, input: panel.getByLabel('选择文件') };
}

async function addPreviewed(atlas: Page) {
  const panel = atlas.getByRole('region', { name: FILTER });
  await panel.getByRole('button', { name: '添加到地图' }).click();
}

test('a CSV saved by Chinese Excel (GB18030, semicolons) previews with its Chinese names, then loads and reports its bad row in Chinese', async ({ atlas }) => {
  const { panel, input } = await openImport(atlas);
  const text = [HEADER, ...ROWS].map((r) => r.join(';')).join('\r\n');
  await input.setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: iconv.encode(text, 'gb18030') });

  const preview = panel.getByRole('region', { name: /预览 名单\.csv/ });
  await expect(preview).toContainText('GB18030');
  await expect(preview).toContainText('分号');
  await expect(preview.locator('table')).toContainText('兰考县试验园甲');
  await expect(preview.getByRole('combobox', { name: '名称', exact: true })).toHaveValue('0');
  await addPreviewed(atlas);

  await expect(panel.getByRole('status').filter({ hasText: '已从 名单.csv 导入 2 条' })).toBeVisible();
  const report = panel.getByRole('status', { name: '导入结果' });
  await expect(report).toContainText('第 4 行');
  await expect(report).toContainText('不存在县');
  await expect(report).not.toContainText(/[A-Za-z]{4,}/);

  await panel.getByRole('group', { name: '类别' }).getByText('导入的名单').click();
  const rows = panel.locator('tbody tr:not(.spacer)');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '兰考县试验园甲' })).toContainText('开封市');
  await expect(rows.filter({ hasText: '孟津试验园乙' })).toContainText('洛阳市');
});

test('an .xlsx workbook loads from the sheet the planner picks', async ({ atlas }) => {
  const { panel, input } = await openImport(atlas);
  const cell = (v: string) => ({ value: v, type: String });
  const buffer = await writeXlsxFile(
    [
      { sheet: '说明', data: [[cell('说明')], [cell('本表为目录')]] },
      { sheet: '园区', data: [HEADER.map(cell), ...ROWS.slice(0, 2).map((r) => r.map(cell))] },
    ] as never,
  ).toBuffer();
  await input.setInputFiles({ name: 'parks.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });

  const preview = panel.getByRole('region', { name: /预览 parks\.xlsx/ });
  await expect(preview).toContainText('XLSX');
  await preview.getByRole('combobox', { name: '工作表' }).selectOption('园区');
  await expect(preview.locator('table')).toContainText('孟津试验园乙');
  await addPreviewed(atlas);
  await expect(panel.getByRole('status').filter({ hasText: '已从 parks.xlsx 导入 2 条' })).toBeVisible();
  await panel.getByRole('group', { name: '类别' }).getByText('导入的名单').click();
  await expect(panel.locator('tbody tr:not(.spacer)')).toHaveCount(2);
});

test('a loaded list can be hidden, renamed, replaced by loading it again, and removed; a broken file changes nothing', async ({ atlas }) => {
  const { panel, input } = await openImport(atlas);
  const csv = (rows: string[][]) => Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\n'));
  await input.setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: csv(ROWS.slice(0, 2)) });
  await addPreviewed(atlas);
  const imported = panel.getByRole('group', { name: '类别' }).getByText('导入的名单');
  await expect(imported).toContainText('(2)');

  const lists = panel.getByRole('region', { name: '已导入的名单' });
  await lists.getByLabel('名单名称').fill('我的园区');
  await lists.getByLabel('名单名称').press('Enter');
  await expect(lists.getByRole('button', { name: '移除: 我的园区' })).toBeVisible();

  await lists.getByLabel('在地图和结果中显示: 我的园区').uncheck();
  await expect(imported).toHaveCount(0);
  await lists.getByLabel('在地图和结果中显示: 我的园区').check();
  await expect(imported).toContainText('(2)');

  // The same file again, now with one row: it replaces the list, not adds to it.
  await input.setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: csv(ROWS.slice(0, 1)) });
  await addPreviewed(atlas);
  await expect(panel.getByText('同名文件已重新导入')).toBeVisible();
  await expect(imported).toContainText('(1)');
  await expect(lists.getByRole('listitem')).toHaveCount(1);

  // GeoJSON with a null feature and a point in Anhui: both reported, the good feature kept.
  const geo = {
    type: 'FeatureCollection',
    features: [
      null,
      { type: 'Feature', properties: { name: '合肥试验点' }, geometry: { type: 'Point', coordinates: [117.23, 31.82] } },
      { type: 'Feature', properties: { name: '郑州试验点' }, geometry: { type: 'Point', coordinates: [113.66, 34.75] } },
    ],
  };
  await input.setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geo)) });
  await addPreviewed(atlas);
  await expect(panel.getByRole('status').filter({ hasText: '已从 points.geojson 导入 1 条' })).toBeVisible();
  const report = panel.getByRole('status', { name: '导入结果' });
  await expect(report).toContainText('第 1 个要素');
  await expect(report).toContainText('第 2 个要素');
  await expect(imported).toContainText('(2)');

  await input.setInputFiles({ name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "Feat') });
  await expect(panel.getByRole('alert')).toContainText('无法读取 broken.geojson：不是有效的 JSON');
  await expect(imported).toContainText('(2)');
  await expect(lists.getByRole('listitem')).toHaveCount(2);

  await lists.getByRole('button', { name: '移除: 我的园区' }).click();
  await lists.getByRole('button', { name: '移除: points.geojson' }).click();
  await expect(imported).toHaveCount(0);
  await expect(lists).toHaveCount(0);
});

test('messages follow the language: an English UI says in English what is wrong with a row', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&lang=en');
  await atlas.getByRole('button', { name: 'Filter' }).click();
  const panel = atlas.getByRole('region', { name: 'Filter zones, industry sites and service hubs' });
  const csv = ['name,county', 'Test park,NoSuchCounty'].join('\n');
  await panel.getByLabel('Choose a file').setInputFiles({ name: 'en.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await panel.getByRole('button', { name: 'Add to the map' }).click();
  const report = panel.getByRole('status', { name: 'Import report' });
  await expect(report).toContainText('Row 2');
  await expect(report).not.toContainText(/[\u4e00-\u9fff]/);
});

test('a 100 000-row file loads in the background with progress; the page never waits more than 200 ms for a frame', async ({ atlas }) => {
  const { panel } = await openImport(atlas);
  const counties = ['兰考县', '孟津区', '长垣市', '新郑市', '巩义市', '禹州市', '固始县', '林州市'];
  const lines = ['名称,所在县（市、区）,主导产业'];
  for (let i = 0; i < 100_000; i++) lines.push(`测试园区${i},${counties[i % counties.length]},装备制造`);
  // The file reaches the page over the network stack: handing 3 MB to the
  // file input through the test protocol would itself hold the page's main
  // thread for a second, which is the harness, not the atlas.
  await atlas.route('**/test-files/big.csv', (r) => r.fulfill({ body: Buffer.from(lines.join('\n')), contentType: 'text/csv' }));
  await atlas.evaluate(`fetch('./test-files/big.csv').then((r) => r.blob()).then((b) => { window.bigCsv = new File([b], 'big.csv', { type: 'text/csv' }); })`);
  await expect.poll(() => atlas.evaluate('Boolean(window.bigCsv)')).toBe(true);
  // The planner has scrolled to the loader. (Scrolling the panel is a frame of
  // its own, a slow one on software WebGL.)
  await panel.getByRole('heading', { name: '导入自己的名单' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await waitSettled(atlas);
  const before = await mapPixels(atlas);

  // The probe: the longest wait for an animation frame from choosing the file
  // until the page says how many rows it loaded. (Drawing them is the map's
  // own frame; on software WebGL any repaint of this map, a pan included,
  // takes a few hundred milliseconds.)
  await atlas.evaluate(`(() => {
    const probe = (window.frameGap = { max: 0, last: performance.now(), on: true });
    new MutationObserver((_, o) => {
      if (document.body.textContent.includes('已从 big.csv 导入')) { probe.on = false; o.disconnect(); }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    function tick() {
      if (!probe.on) return;
      const now = performance.now();
      probe.max = Math.max(probe.max, now - probe.last);
      probe.last = now;
      requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
    const input = [...document.querySelectorAll('input[type=file]')].find((i) => i.closest('.import'));
    const files = new DataTransfer();
    files.items.add(window.bigCsv);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await expect(panel.getByRole('region', { name: /预览 big\.csv：共 100,000 行/ })).toBeVisible();
  await addPreviewed(atlas);
  await expect(panel.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: '已从 big.csv 导入 100,000 条' })).toBeVisible({ timeout: 60_000 });
  const imported = panel.getByRole('group', { name: '类别' }).getByText('导入的名单');
  await expect(imported).toContainText('(100000)');
  const max = (await atlas.evaluate('window.frameGap.max')) as number;
  expect(max).toBeLessThanOrEqual(200);
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.0005);

  // The list draws only the rows in view.
  expect(await panel.locator('tbody tr:not(.spacer)').count()).toBeLessThan(60);
  await panel.getByRole('searchbox', { name: '按名称或类型搜索' }).fill('测试园区9999');
  await expect(panel.locator('tbody tr:not(.spacer)')).toHaveCount(11);
});
