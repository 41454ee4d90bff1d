// Every screen, from a phone to a desktop: nothing wider than the screen,
// every header action reachable and working, Henan fitted into the part of
// the map no panel covers, the selected place kept in view, sheets that
// open and close by touch.
import { test, expect, openAtlas, waitSettled, headerAction } from './fixtures.ts';
import { freeArea, henanBox, inside, project, SCREENS } from './layout.ts';
import { cityOf } from './geo.ts';

for (const [name, screen] of Object.entries(SCREENS)) {
  test.describe(`${name} ${screen.viewport.width}×${screen.viewport.height}`, () => {
    test.use(screen);
    const compact = screen.viewport.width <= 1024;

    test('nothing is wider than the screen, and Henan fits in the uncovered map', async ({ atlas }) => {
      await openAtlas(atlas);
      await waitSettled(atlas);
      const width = await atlas.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[2]);
      expect(width[1]).toBeLessThanOrEqual(width[2]);
      expect(inside(await henanBox(atlas), await freeArea(atlas))).toBe(true);
      if (compact) {
        // The layers button never covers the notice that the map is indicative, folded or open.
        const notice = atlas.locator('footer.credits');
        const button = atlas.getByRole('button', { name: '图层与图例' });
        for (const open of [false, true]) {
          if (open) await notice.getByRole('button', { name: '资料来源' }).click();
          await expect.poll(async () => {
            const [a, b] = [(await notice.boundingBox())!, (await button.boundingBox())!];
            return a.y >= b.y + b.height || b.y >= a.y + a.height || a.x >= b.x + b.width || b.x >= a.x + a.width;
          }).toBe(true);
        }
        await notice.getByRole('button', { name: '资料来源' }).click();
      }
      // After moving away and back with "reset view", it fits again.
      await atlas.evaluate(() => history.replaceState(null, '', '?map=8/35/114'));
      await openAtlas(atlas, 'map=8/35/114');
      await runAction(atlas, compact, /复位视图/);
      await waitSettled(atlas);
      expect(inside(await henanBox(atlas), await freeArea(atlas))).toBe(true);
    });

    test('every header action is reachable and does what it says', async ({ atlas }) => {
      await openAtlas(atlas);
      await runAction(atlas, compact, /^筛选$/);
      await expect(atlas.getByRole('region', { name: '筛选开发区、产业载体与服务业枢纽' })).toBeVisible();
      await atlas.keyboard.press('Escape');
      await runAction(atlas, compact, /^术语$/);
      await expect(atlas.getByRole('dialog', { name: '术语' })).toBeVisible();
      await atlas.keyboard.press('Escape');
      await runAction(atlas, compact, /^导出$/);
      await expect(atlas.getByRole('dialog', { name: '导出地图' })).toBeVisible();
      await expect(atlas.getByRole('dialog', { name: '导出地图' }).getByRole('button', { name: '关闭' })).toBeInViewport();
      await atlas.keyboard.press('Escape');
      await runAction(atlas, compact, /^演示$/);
      await expect(atlas.getByRole('region', { name: '演示场景' })).toBeVisible();
      await atlas.keyboard.press('Escape');
      await runAction(atlas, compact, /^分享$/);
      await expect(atlas.getByRole('dialog', { name: '分享此视图' })).toBeVisible();
      await atlas.keyboard.press('Escape');
      await runAction(atlas, compact, /English/);
      await expect(atlas.locator('h1')).toHaveText('Henan Plan Atlas');
      if (compact) {
        await runAction(atlas, compact, /^Layers$/);
        await expect(atlas.getByRole('region', { name: 'Layers' })).toBeVisible();
      }
      const width = await atlas.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1]);
    });

    test('the search box shows a whole hint, in Chinese and in English', async ({ atlas }) => {
      for (const lang of ['zh', 'en']) {
        await openAtlas(atlas, `lang=${lang}`);
        const box = atlas.getByRole('combobox');
        // Laid out by the page at the box's own font, as the browser draws it (not as the app measures
        // it): a hint cut off mid-word reads as broken.
        await expect.poll(() => box.evaluate((el: HTMLInputElement) => {
          const style = getComputedStyle(el);
          const span = document.body.appendChild(Object.assign(document.createElement('span'), { textContent: el.placeholder }));
          Object.assign(span.style, { position: 'absolute', whiteSpace: 'pre', font: style.font, letterSpacing: style.letterSpacing });
          const width = span.getBoundingClientRect().width;
          span.remove();
          return width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        })).toBe(true);
        // Where there is room, the hint says what one can type.
        if (lang === 'zh' && !compact) await expect(box).toHaveAttribute('placeholder', /拼音/);
      }
    });

    test('with a card open, the selected place stays in the uncovered map', async ({ atlas }) => {
      // 三门峡 sits at Henan's western edge, where a side panel or a sheet would hide it.
      await openAtlas(atlas, 'city=411200');
      await expect(atlas.getByRole('complementary', { name: '三门峡市' })).toBeVisible();
      await waitSettled(atlas);
      const seat = cityOf('411200');
      const seats = JSON.parse((await import('node:fs')).readFileSync('public/geo/seats.geojson', 'utf8')) as {
        features: { properties: { adcode: string }; geometry: { coordinates: [number, number] } }[];
      };
      const [lon, lat] = seats.features.find((f) => f.properties.adcode === seat.adcode)!.geometry.coordinates;
      const p = await project(atlas, lon, lat);
      const free = await freeArea(atlas);
      expect(p.x).toBeGreaterThan(free.left);
      expect(p.x).toBeLessThan(free.right);
      expect(p.y).toBeGreaterThan(free.top);
      expect(p.y).toBeLessThan(free.bottom);
    });

    if (compact) {
      test('the card opens as a half-height sheet with the place and its roles, expands and closes by touch', async ({ atlas }) => {
        await openAtlas(atlas, 'city=410300');
        const card = atlas.getByRole('complementary', { name: '洛阳市' });
        await expect(card).toBeVisible();
        const main = (await atlas.locator('main').boundingBox())!;
        const half = (await card.boundingBox())!;
        expect(half.height).toBeGreaterThan(main.height * 0.35);
        expect(half.height).toBeLessThan(main.height * 0.65);
        await expect(card.getByRole('heading', { name: '洛阳市' })).toBeInViewport();
        await expect(card.getByText('豫西转型创新发展示范区')).toBeInViewport();
        await card.getByRole('button', { name: '展开到全屏高度' }).tap();
        await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(main.height * 0.9);
        await card.getByRole('button', { name: '关闭' }).tap();
        await expect(card).toHaveCount(0);
        await expect(atlas).not.toHaveURL(/city=/);
      });

      test('a tap on the map picks a city, as a click does', async ({ atlas }) => {
        await openAtlas(atlas);
        await waitSettled(atlas);
        const seats = JSON.parse((await import('node:fs')).readFileSync('public/geo/seats.geojson', 'utf8')) as {
          features: { properties: { adcode: string }; geometry: { coordinates: [number, number] } }[];
        };
        const [lon, lat] = seats.features.find((f) => f.properties.adcode === '411300')!.geometry.coordinates;
        const p = await project(atlas, lon + 0.25, lat + 0.1);
        await atlas.touchscreen.tap(p.x, p.y);
        await expect(atlas).toHaveURL(/city=411300/);
        await expect(atlas.getByRole('complementary', { name: '南阳市' })).toBeVisible();
      });
    }
  });
}

/** Runs a header action and checks that a finger can hit it on phones and tablets. */
async function runAction(page: import('@playwright/test').Page, compact: boolean, name: RegExp) {
  await headerAction(page, name, async (item) => {
    // A target a finger can hit: menu items on phones and tablets.
    if (compact) expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });
}

test.describe('a tablet turned sideways and back', () => {
  test.use(SCREENS.tablet);
  test('keeps all of Henan in the uncovered map while nobody has moved it, and a view someone chose where it is', async ({ atlas }) => {
    await openAtlas(atlas);
    await waitSettled(atlas);
    for (const viewport of [{ width: 1024, height: 768 }, SCREENS.tablet.viewport]) {
      await atlas.setViewportSize(viewport);
      await expect.poll(async () => inside(await henanBox(atlas), await freeArea(atlas)), { timeout: 15_000 }).toBe(true);
    }
    // A place someone zoomed in on stays at the centre of the map, not refitted to Henan.
    await atlas.getByRole('button', { name: '放大' }).click();
    await waitSettled(atlas);
    const zoomed = await henanBox(atlas);
    await atlas.setViewportSize({ width: 1024, height: 768 });
    await waitSettled(atlas);
    const turned = await henanBox(atlas);
    expect(turned.right - turned.left).toBeCloseTo(zoomed.right - zoomed.left, 0);
  });
});
