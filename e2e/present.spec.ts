// Presentation mode, the scene editor and shareable links.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle, waitSettled } from './fixtures.ts';

const scenes = (JSON.parse(readFileSync('data/scenes/default.json', 'utf8')) as { scenes: { title: { zh: string }; state: string }[] }).scenes;

test('presentation mode moves with the keyboard, shows progress and chapters, and each scene is a URL that restores it', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'scene=1');
  const show = atlas.getByRole('region', { name: '演示' });
  const progress = show.getByRole('progressbar');
  await expect(progress).toHaveAttribute('aria-valuenow', '1');
  await expect(show.getByRole('heading')).toHaveText(scenes[0].title.zh);
  await atlas.keyboard.press('ArrowRight');
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  await expect(show.getByRole('heading')).toHaveText(scenes[1].title.zh);
  await atlas.keyboard.press('ArrowRight');
  await expect(show.getByRole('heading')).toHaveText(scenes[2].title.zh);
  await expect(show).toContainText('第十四章 第二节');
  await expect(atlas).toHaveURL(/scene=3/);
  await expect(atlas).toHaveURL(new RegExp(scenes[2].state.replace(',', '(,|%2C)')));
  await expect(atlas.getByRole('checkbox', { name: '四区协同支撑' })).toBeChecked();
  await atlas.keyboard.press('ArrowLeft');
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  await atlas.keyboard.press('ArrowRight');
  await waitSettled(atlas);
  await expect(atlas).toHaveURL(/map=/); // the camera it settled on is in the link
  const url = atlas.url();
  const first = await mapPixels(atlas);

  await atlas.goto(url);
  await waitSettled(atlas);
  await expect(show.getByRole('heading')).toHaveText(scenes[2].title.zh);
  await expect(progress).toHaveAttribute('aria-valuenow', '3');
  expect(pixelDiff(first, await mapPixels(atlas))).toBeLessThan(0.01);

  await atlas.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(atlas).not.toHaveURL(/scene=/);
  await expect(atlas.getByRole('button', { name: '演示' })).toBeVisible();
});

test('the scene editor adds the current view, reorders, edits captions, saves and loads a file, exports all scenes; a broken file changes nothing', async ({ atlas }) => {
  test.setTimeout(180_000);
  await openAtlas(atlas, 'layers=hubs&city=411600');
  await atlas.getByRole('button', { name: '演示' }).click();
  const panel = atlas.getByRole('region', { name: '演示场景' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(scenes.length);
  const before = scenes.length;
  await panel.getByRole('button', { name: '将当前视图添加为场景' }).click();
  await expect(items).toHaveCount(before + 1);
  await panel.getByLabel('标题（中文）').fill('周口的服务业枢纽');
  await expect(items.last()).toContainText('周口的服务业枢纽');
  await panel.getByRole('button', { name: `上移 ${before + 1}` }).click();
  await expect(items.nth(before - 1)).toContainText('周口的服务业枢纽');

  const [download] = await Promise.all([atlas.waitForEvent('download'), panel.getByRole('button', { name: '保存为文件' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { scenes: { title: { zh: string }; state: string }[] };
  expect(saved.scenes).toHaveLength(before + 1);
  expect(saved.scenes[before - 1].state).toContain('city=411600');

  const input = panel.getByLabel('从文件载入场景');
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"henan-atlas-scenes","version":1,"scenes":[{"title":1}]}') });
  await expect(panel.getByRole('alert')).toContainText('无法载入 broken.json');
  await expect(items).toHaveCount(before + 1);

  const two = { ...saved, scenes: saved.scenes.slice(before - 1, before + 1) };
  await input.setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(two)) });
  await expect(panel.getByRole('alert')).toContainText('已从 two.json 载入 2 个场景');
  await expect(items).toHaveCount(2);
  const [pdf] = await Promise.all([atlas.waitForEvent('download', { timeout: 120_000 }), panel.getByRole('button', { name: '全部场景导出为 PDF' }).click()]);
  // Opened as a reader would: two 16:9 pages, each with its scene's title as text.
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '2', (await pdf.path())!], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+2\b/);
  expect(info.match(/Page\s+\d size:\s+1440 x 810 pts/g)).toHaveLength(2);
  const text = execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' });
  for (const s of two.scenes) expect(text).toContain(s.title.zh);
  await expect(panel.getByRole('alert')).toContainText('已导出 2 个场景');
  await panel.getByRole('button', { name: '从此处演示 1' }).click();
  await expect(atlas.getByRole('region', { name: '演示' }).getByRole('heading')).toHaveText('周口的服务业枢纽');
  await expect(atlas).toHaveURL(/city=411600/);
});

test('the share link restores the whole view: layers, filter, selection, camera and language', async ({ atlas }) => {
  await openAtlas(atlas, 'lang=en&layers=zones,hubs&map=7.4/33.9/113.6&city=410300&fk=hub');
  await atlas.getByRole('button', { name: 'Share' }).click();
  const dialog = atlas.getByRole('dialog', { name: 'Share this view' });
  const link = await dialog.getByLabel(/^Link/).inputValue();
  expect(new URL(link).search).toBe(new URL(atlas.url()).search);
  await expect(dialog.getByLabel('Embed code')).toHaveValue(new RegExp(`<iframe src="${link.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&').replace(/&/g, '&amp;')}"`));
  await dialog.getByRole('button', { name: 'Close' }).click();
  const first = await mapPixels(atlas);

  await atlas.goto(link);
  await waitIdle(atlas);
  await expect(atlas.getByRole('checkbox', { name: 'Service hubs and platforms' })).toBeChecked();
  await expect(atlas.getByRole('region', { name: 'Filter zones, industry sites and service hubs' })).toBeVisible();
  expect(pixelDiff(first, await mapPixels(atlas))).toBeLessThan(0.01);
});
