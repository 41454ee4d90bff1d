// Five paths a keyboard user takes, with no mouse at all: toggle a layer;
// find 洛阳 and open its card; filter, tick a facet and open a result's
// card; open and run an export, focus returning to 导出; start the
// presentation and leave it with Esc.
import type { Locator, Page } from '@playwright/test';
import { test, expect, openAtlas } from './fixtures.ts';

test.use({ viewport: { width: 1400, height: 900 } });

/** Presses Tab until the locator has focus (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached ${target} with Tab`);
}

test('toggle a layer from the keyboard, through the skip link', async ({ atlas }) => {
  await openAtlas(atlas);
  await atlas.keyboard.press('Tab');
  await atlas.keyboard.press('Tab');
  await expect(atlas.getByRole('link', { name: '跳到图层' })).toBeFocused();
  await atlas.keyboard.press('Enter');
  await expect(atlas.getByRole('heading', { name: /图层/ })).toBeFocused();
  const metro = atlas.getByRole('checkbox', { name: '郑州都市圈' });
  await tabTo(atlas, metro);
  await atlas.keyboard.press('Space');
  await expect(metro).toBeChecked();
  await expect(atlas).toHaveURL(/layers=.*metro/);
  await expect(atlas.getByRole('region', { name: '图层' })).toContainText('仅服务业规划提及');
});

test('find 洛阳 and open its card from the keyboard', async ({ atlas }) => {
  await openAtlas(atlas);
  const search = atlas.getByRole('combobox', { name: '搜索地名' });
  await tabTo(atlas, search);
  await atlas.keyboard.type('洛阳');
  await expect(search).toHaveAttribute('aria-activedescendant', /search-option-0/);
  // The number of results is announced (a polite live region).
  await expect(atlas.locator('[aria-live="polite"]').filter({ hasText: '找到' })).toBeAttached();
  await atlas.keyboard.press('Enter');
  const card = atlas.getByRole('complementary', { name: '洛阳市' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: '洛阳市' })).toBeFocused();
  await atlas.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('filter, tick a facet and open a result, with the filter still open beside the card', async ({ atlas }) => {
  await openAtlas(atlas);
  await tabTo(atlas, atlas.getByRole('button', { name: '筛选' }));
  await atlas.keyboard.press('Enter');
  const panel = atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: '筛选开发区、产业载体与服务业枢纽' })).toBeFocused();
  const facet = panel.getByRole('checkbox', { name: /产业载体/ });
  await tabTo(atlas, facet);
  await atlas.keyboard.press('Space');
  await expect(facet).toBeChecked();
  const firstRow = panel.getByRole('row').nth(1);
  const name = (await firstRow.getByRole('cell').first().textContent())!;
  await tabTo(atlas, firstRow);
  await atlas.keyboard.press('Enter');
  await expect(atlas.getByRole('complementary')).toBeVisible();
  await expect(panel).toBeVisible();
  expect(name.length).toBeGreaterThan(0);
});

test('open and run an export from the keyboard; focus returns to 导出', async ({ atlas }) => {
  await openAtlas(atlas);
  const open = atlas.getByRole('button', { name: '导出' });
  await tabTo(atlas, open);
  await atlas.keyboard.press('Enter');
  const dialog = atlas.getByRole('dialog', { name: '导出地图' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: '尺寸' })).toBeFocused();
  // Tab stays inside the dialog while it is open.
  for (let i = 0; i < 40; i++) {
    await atlas.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  const run = dialog.getByRole('button', { name: '导出文件' });
  await tabTo(atlas, run);
  const [download] = await Promise.all([atlas.waitForEvent('download'), atlas.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await expect(run).toBeFocused();
  await atlas.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('start the presentation from the keyboard and leave it with Esc', async ({ atlas }) => {
  await openAtlas(atlas);
  await tabTo(atlas, atlas.getByRole('button', { name: '演示' }));
  await atlas.keyboard.press('Enter');
  const scenes = atlas.getByRole('region', { name: '演示场景' });
  await tabTo(atlas, scenes.getByRole('button', { name: '从头开始演示' }));
  await atlas.keyboard.press('Enter');
  const show = atlas.getByRole('region', { name: '演示' });
  await expect(show).toBeVisible();
  expect(await show.evaluate((s) => s.contains(document.activeElement))).toBe(true);
  await atlas.keyboard.press('ArrowRight');
  await expect(show).toContainText('2 /');
  await atlas.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  // Back in the scene list the presentation was started from.
  await expect(scenes.getByRole('heading', { name: '演示场景' })).toBeFocused();
});
