import { test, expect, openAtlas, mapPixels, pixelDiff, waitSettled } from './fixtures.ts';

test('a deep link restores language, camera and selected county', async ({ atlas }) => {
  await openAtlas(atlas, 'lang=en&map=8.5/34.2/113.3&county=410308');
  await expect(atlas.getByRole('complementary', { name: 'Mengjin' })).toContainText('410308');
  await expect(atlas.getByRole('complementary', { name: 'Mengjin' })).toContainText('Luoyang');
  await waitSettled(atlas);
  const first = await mapPixels(atlas);
  const link = atlas.url();

  await atlas.goto(link);
  await expect(atlas.locator('[data-map-idle="true"]')).toHaveCount(1, { timeout: 60_000 });
  await waitSettled(atlas);
  expect(pixelDiff(first, await mapPixels(atlas))).toBeLessThan(0.01);
});

test('malformed parameters show a note each and the default view', async ({ atlas }) => {
  await openAtlas(atlas);
  const defaultView = await mapPixels(atlas);

  await openAtlas(atlas, 'lang=fr&map=99/abc/1&county=410306');
  const notes = atlas.getByRole('status');
  await expect(notes).toContainText('fr');
  await expect(notes).toContainText('99/abc/1');
  await expect(notes).toContainText('410306');
  await expect(atlas.getByRole('complementary')).toHaveCount(0);

  await notes.getByRole('button').first().click();
  await expect(notes).not.toContainText('fr');
  await expect(notes).toContainText('410306');
  while (await notes.count()) await notes.getByRole('button').first().click();
  // The notes sit over the map; with them gone, the view is the default one.
  expect(pixelDiff(defaultView, await mapPixels(atlas))).toBeLessThan(0.01);
});
