// Accessibility scans (axe-core) of the atlas's main views on a desktop and a
// phone, in Chinese and English: no serious or critical violation; moderate
// ones are listed in the output for the record.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openAtlas } from './fixtures.ts';
import { SCREENS } from './layout.ts';

async function scan(page: Page, what: string): Promise<void> {
  // The map canvas is drawn by WebGL: axe cannot read colours inside it.
  const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  const moderate = result.violations.filter((v) => v.impact === 'moderate' || v.impact === 'minor');
  if (moderate.length) console.log(`${what}: moderate or minor: ${moderate.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`).join(', ')}`);
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    what,
  ).toEqual([]);
}

for (const screen of ['desktop', 'phone'] as const) {
  test.describe(screen, () => {
    test.use(SCREENS[screen]);

    test('the default view, the English UI, a city card and a county card', async ({ atlas }) => {
      await openAtlas(atlas);
      await scan(atlas, `${screen} default`);
      await openAtlas(atlas, 'lang=en');
      await scan(atlas, `${screen} English`);
      await openAtlas(atlas, 'city=410300');
      await expect(atlas.getByRole('complementary', { name: '洛阳市' })).toBeVisible();
      await scan(atlas, `${screen} city card`);
      await openAtlas(atlas, 'county=410783');
      await expect(atlas.getByRole('complementary', { name: '长垣市' })).toBeVisible();
      await scan(atlas, `${screen} county card`);
    });

    test('the filter, the export dialog and the scenes panel', async ({ atlas }) => {
      await openAtlas(atlas, 'fk=zone');
      await expect(atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' })).toBeVisible();
      await scan(atlas, `${screen} filter`);
      await openAtlas(atlas);
      if (screen === 'phone') await atlas.getByRole('button', { name: '菜单' }).click();
      await atlas.getByRole('button', { name: '导出', exact: true }).click();
      await expect(atlas.getByRole('dialog', { name: '导出地图' })).toBeVisible();
      await scan(atlas, `${screen} export dialog`);
      await atlas.keyboard.press('Escape');
      if (screen === 'phone') await atlas.getByRole('button', { name: '菜单' }).click();
      await atlas.getByRole('button', { name: '演示', exact: true }).click();
      await expect(atlas.getByRole('region', { name: '演示场景' })).toBeVisible();
      await scan(atlas, `${screen} scenes panel`);
    });
  });
}
