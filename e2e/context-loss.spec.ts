// A lost WebGL context shows a notice; once the context is back, the map and
// deck.gl's corridor bands are drawn again.
import { test, expect, openAtlas, waitIdle, waitSettled, mapPixels } from './fixtures.ts';
import { project } from './layout.ts';
import type { Page } from '@playwright/test';

// A point of the 郑洛智造走廊 band, half-way between the Zhengzhou and Luoyang seats.
const ZHENGZHOU = [113.6253, 34.7466] as const;
const LUOYANG = [112.4345, 34.6631] as const;
const MID = [(ZHENGZHOU[0] + LUOYANG[0]) / 2, (ZHENGZHOU[1] + LUOYANG[1]) / 2] as const;

/** Mean colour of a small block of map pixels around a page point. */
async function block(page: Page, at: { x: number; y: number }): Promise<[number, number, number]> {
  const png = await mapPixels(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const cx = Math.round(at.x - box.x);
  const cy = Math.round(at.y - box.y);
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = cy - 2; y <= cy + 2; y++)
    for (let x = cx - 2; x <= cx + 2; x++) {
      const i = (y * png.width + x) * 4;
      sum[0] += png.data[i];
      sum[1] += png.data[i + 1];
      sum[2] += png.data[i + 2];
      n++;
    }
  return sum.map((s) => s / n) as [number, number, number];
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

test('after a lost and restored WebGL context, the map and the deck.gl corridors draw again', async ({ atlas }) => {
  const view = 'map=7.5/34.7/113.0';
  await openAtlas(atlas, `layers=&${view}`);
  await waitSettled(atlas);
  const at = await project(atlas, MID[0], MID[1]);
  const without = await block(atlas, at);

  await openAtlas(atlas, `layers=corridors&${view}`);
  await waitSettled(atlas);
  await expect.poll(async () => distance(await block(atlas, at), without), { timeout: 30_000 }).toBeGreaterThan(40);
  const before = await block(atlas, at);

  await atlas.evaluate(() => {
    const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect(atlas.getByRole('alert')).toContainText('图形处理暂时中断');

  await atlas.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(atlas.locator('[data-context-lost="false"]')).toHaveCount(1, { timeout: 30_000 });
  await waitIdle(atlas);
  await expect(atlas.getByRole('alert')).toHaveCount(0);
  // The band is back where it was, and the rest of the map is drawn.
  await expect.poll(async () => distance(await block(atlas, at), before), { timeout: 30_000 }).toBeLessThan(20);
  const png = await mapPixels(atlas);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 16) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
  expect(colours.size).toBeGreaterThan(50);
});
