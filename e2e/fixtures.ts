// Every test runs on a page that records requests leaving the app's origin
// and console errors; a test fails if either happened.
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

export const test = base.extend<{ atlas: Page }>({
  atlas: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) external.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    expect(external, 'requests outside the app origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/**
 * Runs a header action the way a user reaches it: a button on the bar, or an
 * item of the menu ("菜单" on phones, "更多" on narrower desktops).
 */
export async function headerAction(page: Page, name: string | RegExp, before?: (item: Locator) => Promise<void>): Promise<void> {
  const header = page.locator('header');
  const direct = header.getByRole('navigation', { name: /^(操作|Actions)$/ }).getByRole('button', { name });
  if (await direct.count()) {
    await expect(direct).toBeInViewport();
    await before?.(direct);
    await direct.click();
    return;
  }
  const menu = header.getByRole('button', { name: /^(菜单|Menu|更多|More)$/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const item = header.locator('#app-menu').getByRole('button', { name });
  await expect(item).toBeInViewport();
  await before?.(item);
  await item.click();
}

export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query}` : './');
  await waitIdle(page);
}

export async function waitIdle(page: Page): Promise<void> {
  await expect(page.locator('[data-map-idle="true"]')).toHaveCount(1, { timeout: 60_000 });
}

/** Waits until the map has stopped moving and drawn the frame it stopped on. */
export async function waitSettled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await expect(page.locator('[data-map-moving="false"][data-map-idle="true"]')).toHaveCount(1, { timeout: 60_000 });
}

/** The map canvas as decoded pixels. */
export async function mapPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
}

/** Share of pixels whose colour differs between two equally sized images. */
export function pixelDiff(a: PNG, b: PNG): number {
  let diff = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 30) diff++;
  }
  return diff / (a.width * a.height);
}
