import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { test, expect, openAtlas, mapPixels, pixelDiff, waitIdle, waitSettled, headerAction } from './fixtures.ts';
import { countyAt } from './geo.ts';
import { project } from './layout.ts';

test('toggling a layer changes both the map and the legend', async ({ atlas }) => {
  await openAtlas(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  await expect(panel.getByText('豫西转型创新发展示范区')).toBeVisible();
  const before = await mapPixels(atlas);

  await panel.getByRole('checkbox', { name: '四区协同支撑' }).uncheck();
  await waitIdle(atlas);
  await expect(panel.getByText('豫西转型创新发展示范区')).toHaveCount(0);
  const without = await mapPixels(atlas);
  expect(pixelDiff(before, without)).toBeGreaterThan(0.05);

  await panel.getByRole('checkbox', { name: '郑州都市圈' }).check();
  await waitIdle(atlas);
  await expect(panel.getByText('仅服务业规划提及')).toBeVisible();
  expect(pixelDiff(without, await mapPixels(atlas))).toBeGreaterThan(0.01);
  await expect(atlas).toHaveURL(/layers=belt,metro/);
});

test('corridors drawn by deck.gl appear, including the belt out to Xi\'an', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  const empty = await mapPixels(atlas);
  await atlas.getByRole('checkbox', { name: '走廊与发展带' }).check();
  await expect(atlas.getByText('郑（州）洛（阳）西（安）高质量发展合作带')).toBeVisible();
  await expect.poll(async () => pixelDiff(empty, await mapPixels(atlas)), { timeout: 30_000 }).toBeGreaterThan(0.005);
});

test("a city card shows the city's zones, roles and the chapter behind each line", async ({ atlas }) => {
  await openAtlas(atlas, 'city=410300');
  const card = atlas.getByRole('complementary', { name: '洛阳市' });
  const zone = card.getByRole('listitem').filter({ hasText: '豫西转型创新发展示范区' });
  await expect(zone).toContainText('中心');
  await expect(zone).toContainText('制造业规划 第十四章 第二节');
  await expect(card.getByRole('listitem').filter({ hasText: '黄河金三角区域服务中心' })).toContainText('服务业规划 二（四）');
  // A line whose layer is hidden offers to show it.
  await card.getByRole('listitem').filter({ hasText: '郑洛智造走廊' }).getByRole('button', { name: '显示图层' }).click();
  await expect(atlas.getByRole('checkbox', { name: '走廊与发展带' })).toBeChecked();
  await atlas.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(atlas).not.toHaveURL(/city=/);
});

test('clicking a city at province scale opens its card', async ({ atlas }) => {
  const at = { lon: 114.0, lat: 32.9 };
  const city = countyAt(at.lon, at.lat).city_adcode;
  await openAtlas(atlas, `map=6.5/${at.lat}/${at.lon}`);
  await waitSettled(atlas);
  const p = await project(atlas, at.lon, at.lat);
  await atlas.mouse.click(p.x, p.y);
  await expect(atlas).toHaveURL(new RegExp(`city=${city}`));
  await expect(atlas.getByRole('complementary')).toContainText(city);
});

test('search finds a place by pinyin and says so when nothing matches', async ({ atlas }) => {
  await openAtlas(atlas, 'lang=en');
  const box = atlas.getByRole('combobox', { name: 'Search places' });
  await box.fill('luoyang');
  await box.press('Enter');
  await expect(atlas.getByRole('complementary', { name: 'Luoyang' })).toContainText('410300');
  await box.fill('Atlantis');
  await expect(atlas.getByRole('status').filter({ hasText: 'Nothing matches "Atlantis"' })).toBeVisible();
});

test('a deep link with layers and a city restores the same view', async ({ atlas }) => {
  await openAtlas(atlas, 'lang=en&map=7.2/33.6/113.4&layers=metro,services&city=410200');
  await expect(atlas.getByRole('complementary', { name: 'Kaifeng' })).toContainText('cities named in the services plan');
  const first = await mapPixels(atlas);
  await atlas.goto(atlas.url());
  await waitIdle(atlas);
  await expect(atlas.getByRole('checkbox', { name: 'Services layout' })).toBeChecked();
  await expect(atlas.getByRole('checkbox', { name: 'Four supporting zones' })).not.toBeChecked();
  expect(pixelDiff(first, await mapPixels(atlas))).toBeLessThan(0.01);
});

test('an unknown layer or city in the link gives a note and keeps the rest', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=zones,bogus&city=419999');
  const notes = atlas.getByRole('status');
  await expect(notes).toContainText('bogus');
  await expect(notes).toContainText('419999');
  await expect(atlas.getByRole('checkbox', { name: '四区协同支撑' })).toBeChecked();
  await expect(atlas.getByRole('checkbox', { name: '一带主副引领' })).not.toBeChecked();
});

test('a layer downloads as GeoJSON with its cited features', async ({ atlas }) => {
  await openAtlas(atlas);
  const [download] = await Promise.all([
    atlas.waitForEvent('download'),
    atlas.getByRole('region', { name: '图层' }).getByRole('button', { name: '下载 GeoJSON' }).first().click(),
  ]);
  const fc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features.map((f: { id: string }) => f.id)).toEqual(['zone-west', 'zone-south', 'zone-east', 'zone-north']);
  for (const f of fc.features) expect(f.properties.cite[0]).toEqual({ plan: 'manufacturing', chapter: '第十四章 第二节' });
});

test("industry sites show on the map and in a city's card with their chapters", async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&city=410700');
  const before = await mapPixels(atlas);
  const card = atlas.getByRole('complementary', { name: '新乡市' });
  await expect(card.getByRole('listitem').filter({ hasText: '各具特色的智能传感器产业园区' })).toContainText(
    '制造业规划 第四章 第一节',
  );
  await expect(card.getByRole('listitem').filter({ hasText: '国家级人工智能创新应用先导区' })).toContainText('第五章 第三节');
  // 长垣 (a county-level city of 新乡) hosts the national medical-device centre.
  await expect(card.getByRole('listitem').filter({ hasText: '国家级医疗器械长垣中心' })).toContainText('长垣市');
  await atlas.getByRole('checkbox', { name: '产业载体（制造业规划点名）' }).check();
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.001);
});

test('a county card lists its characteristic industries with sources; low-confidence ones flagged', async ({ atlas }) => {
  await openAtlas(atlas, 'county=411421&layers=counties');
  const card = atlas.getByRole('complementary', { name: '民权县' });
  await expect(card).toContainText('制冷装备');
  // Each row cites who published it and when: "publisher · title · date".
  await expect(card.getByRole('list', { name: '出处' }).first()).toContainText(/年/);
  await expect(atlas.getByRole('region', { name: '图层' })).toContainText('装备');
  // Rows whose research is weak say so in words.
  await openAtlas(atlas, 'county=410181');
  await expect(atlas.getByRole('complementary', { name: '巩义市' })).toContainText('未核实');
});

test('development zones of the 2018 catalogue show with their note, and a county card gives code, approval and area', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&city=410100');
  const before = await mapPixels(atlas);
  await atlas.getByRole('checkbox', { name: '开发区（2018年国家目录）' }).check();
  await waitIdle(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  await expect(panel).toContainText('河南全部150个开发区');
  await expect(panel).toContainText('2021—2022年整合开发区（约184个');
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.001);
  await expect(atlas.getByRole('complementary', { name: '郑州市' })).toContainText('郑州经济技术开发区');
  // 长垣县产业集聚区 (a pre-2019 name) belongs to 长垣市 today.
  await openAtlas(atlas, 'county=410783&layers=devzones');
  const card = atlas.getByRole('complementary', { name: '长垣市' });
  const zone = card.getByRole('listitem').filter({ hasText: '长垣县产业集聚区' });
  await expect(zone).toContainText('S419069');
  await expect(zone).toContainText('2010年12月');
  await expect(zone).toContainText('1668.25公顷（16.68平方公里）');
  await expect(card).toContainText('中国开发区审核公告目录（2018年版）');
});

test('the three mountain ranges, the Taihang tourism area and the Dabie revolutionary area draw, each with its note', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  const before = await mapPixels(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  await panel.getByRole('checkbox', { name: '文旅布局：一带一核三山五区' }).check();
  await waitIdle(atlas);
  await expect(panel).toContainText('山脉轮廓（自然地理，非规划范围）');
  await expect(panel).toContainText('《太行山旅游业发展规划》所列的11个县级单位');
  const tourism = await mapPixels(atlas);
  expect(pixelDiff(before, tourism)).toBeGreaterThan(0.01);
  await panel.getByRole('checkbox', { name: '文旅布局：一带一核三山五区' }).uncheck();
  await panel.getByRole('checkbox', { name: '革命老区' }).check();
  await waitIdle(atlas);
  await expect(panel).toContainText('所列22个县级单位');
  await expect(panel).toContainText('太行革命老区（未绘制）');
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.01);
  // A Dabie county's card names the area, with the list it comes from.
  await openAtlas(atlas, 'county=411524&layers=revolutionary');
  const card = atlas.getByRole('complementary', { name: '商城县' });
  await expect(card.getByRole('listitem').filter({ hasText: '大别山革命老区' }).first()).toContainText('国函〔2015〕91号');
});

test('the province-wide list of what the plans say without a place is reachable from the layer panel and the glossary', async ({ atlas }) => {
  await openAtlas(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  await panel.getByText(/全省性和未绘制的事项/).click();
  await expect(panel).toContainText('全光网河南');
  await expect(panel).toContainText('规划未指明所在城市');
  await headerAction(atlas, '术语');
  const glossary = atlas.getByRole('dialog', { name: '术语' });
  await glossary.getByText(/全省性和未绘制的事项/).click();
  await expect(glossary).toContainText('深交所河南基地');
});

test('service hubs show on the map and in city cards with their type, chapter and, where sourced, the source of the place', async ({ atlas }) => {
  await openAtlas(atlas, 'layers=&city=411600');
  const before = await mapPixels(atlas);
  const card = atlas.getByRole('complementary', { name: '周口市' });
  const agri = card.getByRole('listitem').filter({ hasText: '周口国家农业高新技术产业示范区' });
  await expect(agri).toContainText('农业服务');
  await expect(agri).toContainText('服务业规划 四（二）');
  const port = card.getByRole('listitem').filter({ hasText: '周口港口型国家物流枢纽' });
  await expect(port).toContainText('布局优化调整方案');
  await atlas.getByRole('checkbox', { name: '服务业枢纽与平台' }).check();
  await waitIdle(atlas);
  expect(pixelDiff(before, await mapPixels(atlas))).toBeGreaterThan(0.001);
});

test("the glossary sets out the plan's industry tiers, chains and clusters with chapters", async ({ atlas }) => {
  await openAtlas(atlas, 'layers=');
  await headerAction(atlas, '术语');
  const glossary = atlas.getByRole('dialog', { name: '术语' });
  const emerging = glossary.locator('details').filter({ hasText: '新兴产业' });
  await emerging.locator('summary').click();
  await expect(emerging).toContainText('智能传感器');
  await expect(emerging).toContainText('制造业规划 第四章');
  await glossary.locator('details').filter({ hasText: '产业集群' }).locator('summary').click();
  await expect(glossary).toContainText('绿色建材');
});

test('a layer lists its features; a feature opens its card, outlines its members, and a member opens its own card', async ({ atlas }) => {
  await openAtlas(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  await panel.getByText('列出要素（4）').first().click();
  await panel.getByRole('button', { name: '豫南高效生态经济示范区' }).click();
  const card = atlas.getByRole('complementary', { name: '豫南高效生态经济示范区' });
  await expect(card).toContainText('制造业规划 第十四章 第二节');
  await expect(card).toContainText('涉及城市（3）');
  await expect(atlas).toHaveURL(/item=zone-south/);
  await card.getByRole('button', { name: '南阳市' }).click();
  await expect(atlas.getByRole('complementary', { name: '南阳市' })).toBeVisible();
  await expect(atlas).toHaveURL(/city=411300/);
  await expect(atlas).not.toHaveURL(/item=/);
  // Back returns to the feature's card.
  await atlas.goBack();
  await expect(atlas.getByRole('complementary', { name: '豫南高效生态经济示范区' })).toBeVisible();
});

test('a first view fetches no hidden layer, and a layer shown later draws as it does in a link that shows it from the start', async ({ atlas }) => {
  const fetched: string[] = [];
  atlas.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await openAtlas(atlas, 'layers=zones');
  await waitSettled(atlas);
  // The hidden layers' map layers, the tourism layer's ranges, the belt's river and the other
  // language's strings wait for their first use.
  expect(fetched.filter((p) => /plan-specs-rest|ranges\.geojson|yellow-river-henan|table-en/.test(p))).toEqual([]);
  const panel = atlas.getByRole('region', { name: '图层' });
  for (const name of ['走廊与发展带', '文旅布局：一带一核三山五区', '一带主副引领']) {
    await panel.getByRole('checkbox', { name }).check();
    await waitSettled(atlas);
  }
  expect(fetched.filter((p) => /ranges\.geojson|yellow-river-henan/.test(p))).toHaveLength(2);
  await expect(atlas).toHaveURL(/layers=[a-z,]+/);
  // The map beside the layer panel (which scrolled as layers were checked).
  const beside = async () => {
    const map = (await atlas.locator('.maplibregl-canvas').boundingBox())!;
    const side = (await panel.boundingBox())!;
    const shot = async () => PNG.sync.read(await atlas.screenshot({ clip: { x: map.x, y: map.y, width: side.x - map.x, height: map.height } }));
    // A picture that holds still: in a loaded suite a band's data or a label's fade can come after the idle.
    let last = await shot();
    for (let i = 0; i < 10; i++) {
      await atlas.waitForTimeout(400);
      const next = await shot();
      if (pixelDiff(last, next) === 0) break;
      last = next;
    }
    return last;
  };
  const later = await beside();

  await openAtlas(atlas, new URL(atlas.url()).search.slice(1));
  await waitSettled(atlas);
  // The same picture: every layer where the full style puts it (plan lines under deck.gl's bands, points above).
  expect(pixelDiff(later, await beside())).toBeLessThan(0.002);
});

test('a layer whose data cannot be loaded says so, leaves the rest as it was, and draws on a later try', async ({ page: atlas }) => {
  // The plain page: the browser logs the refused request itself, which the fixture counts as an error.
  const uncaught: string[] = [];
  atlas.on('pageerror', (e) => uncaught.push(e.message));
  const specs = /plan-specs-rest[-.][\w-]*\.(js|ts)/;
  await atlas.route(specs, (r) => r.abort());
  await openAtlas(atlas, 'layers=zones');
  const before = await mapPixels(atlas);
  const panel = atlas.getByRole('region', { name: '图层' });
  const corridors = panel.getByRole('checkbox', { name: '走廊与发展带' });
  await corridors.check();
  await expect(atlas.getByText('未能载入所选图层的数据，请检查网络后重新勾选该图层。')).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: '四区协同支撑' })).toBeChecked();

  await atlas.unroute(specs);
  await corridors.uncheck();
  await corridors.check();
  await expect.poll(async () => pixelDiff(before, await mapPixels(atlas)), { timeout: 30_000 }).toBeGreaterThan(0.005);
  expect(uncaught).toEqual([]);
});
