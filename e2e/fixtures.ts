// Every test runs on a page that records requests leaving the app's origin
// and console errors; a test fails if either happened.
import { expect, test as base, type Page } from '@playwright/test';
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
