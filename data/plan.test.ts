// The curated plan data: schema, codes, and the members each plan names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanIntersects } from '@turf/boolean-intersects';
import { buffer } from '@turf/buffer';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { knownCodes, loadPlan, readPlanFiles } from '../src/lib/plan/node-load.ts';
import { validatePlan } from '../src/lib/plan/validate.ts';
import type { PlanRecord } from '../src/lib/plan/schema.ts';

const records = loadPlan('.');
const byId = (id: string) => records.find((r) => r.id === id)!;
const cities = JSON.parse(readFileSync('public/geo/henan-cities.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { adcode: string; name_zh: string }
>;
const code = (nameZh: string) => cities.features.find((f) => f.properties.name_zh === nameZh)!.properties.adcode;
const membersOf = (r: PlanRecord, role?: string) =>
  r.members.filter((m) => !role || m.role === role).map((m) => m.code).sort();
const codesOf = (...names: string[]) => names.map(code).sort();

describe('plan data', () => {
  it('passes the schema and the code checks, every record cited', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) expect(r.cite.length).toBeGreaterThan(0);
  });

  // Each expectation below is what the plan text names (chapter in the test name).
  it('四区 (manufacturing 第十四章 第二节): members and centres', () => {
    expect(membersOf(byId('zone-west'))).toEqual(codesOf('洛阳市', '三门峡市', '济源市'));
    expect(membersOf(byId('zone-west'), 'centre')).toEqual(codesOf('洛阳市'));
    expect(membersOf(byId('zone-south'))).toEqual(codesOf('南阳市', '信阳市', '驻马店市'));
    expect(membersOf(byId('zone-south'), 'centre')).toEqual(codesOf('南阳市'));
    expect(membersOf(byId('zone-east'))).toEqual(codesOf('商丘市', '周口市'));
    expect(byId('zone-east').open_list).toBe(true);
    expect(membersOf(byId('zone-north'))).toEqual(codesOf('安阳市', '鹤壁市', '濮阳市'));
    expect(membersOf(byId('zone-east'), 'centre')).toEqual([]);
    expect(membersOf(byId('zone-north'), 'centre')).toEqual([]);
  });

  it('一带主副 (manufacturing 第十四章 第一节): 郑州 main, 洛阳 and 南阳 sub-centres', () => {
    expect(membersOf(byId('centre-zhengzhou'))).toEqual(codesOf('郑州市'));
    expect(records.filter((r) => r.kind === 'sub-centre').flatMap((r) => membersOf(r)).sort()).toEqual(
      codesOf('洛阳市', '南阳市'),
    );
  });

  it('郑州都市圈: the two plans keep their own lists (开封 only in the services plan)', () => {
    expect(membersOf(byId('metro-manufacturing'))).toEqual(codesOf('郑州市', '许昌市', '新乡市', '焦作市', '平顶山市', '漯河市'));
    expect(membersOf(byId('metro-services'))).toEqual(
      codesOf('郑州市', '开封市', '新乡市', '焦作市', '许昌市', '平顶山市', '漯河市'),
    );
    expect(byId('metro-manufacturing').cite[0].plan).toBe('manufacturing');
    expect(byId('metro-services').cite[0].plan).toBe('services');
  });

  it('corridors: 郑洛西 leaves Henan for 西安; the producer-services corridor joins four cities', () => {
    expect(byId('corridor-zhengluoxi-cooperation').external).toEqual(['610100']);
    expect(membersOf(byId('corridor-producer-services'))).toEqual(codesOf('郑州市', '许昌市', '平顶山市', '漯河市'));
    expect(membersOf(byId('corridor-zhengkai-science'))).toEqual(codesOf('郑州市', '开封市'));
  });

  it('services layout (services 二（四）): the city groups and their partners', () => {
    expect(byId('services-zhengzhou-five-centres').items).toHaveLength(5);
    expect(membersOf(byId('services-golden-triangle'), 'member')).toEqual(codesOf('三门峡市', '济源市'));
    expect(membersOf(byId('services-golden-triangle'), 'partner')).toEqual(codesOf('洛阳市'));
    expect(membersOf(byId('services-agricultural'), 'partner')).toEqual(codesOf('南阳市'));
    expect(membersOf(byId('services-north'))).toEqual(codesOf('安阳市', '鹤壁市', '濮阳市'));
  });

  it('areas the plans name without places are drawn only from an official list, with its citation', () => {
    const counties = JSON.parse(readFileSync('public/geo/henan-counties.geojson', 'utf8')) as FeatureCollection<Polygon, { adcode: string; name_zh: string; city_adcode: string }>;
    const named = (...names: string[]) => names.map((n) => counties.features.find((f) => f.properties.name_zh === n)!.properties.adcode).sort();
    const inCity = (city: string) => counties.features.filter((f) => f.properties.city_adcode === code(city)).map((f) => f.properties.adcode);
    // 《太行山旅游业发展规划（2020—2035年）》: the Henan units.
    expect(membersOf(byId('tourism-taihang-area'))).toEqual(named('林州市', '安阳县', '辉县市', '卫辉市', '淇滨区', '鹤山区', '淇县', '修武县', '博爱县', '沁阳市', '济源市'));
    // 国函〔2015〕91号: all of 信阳 and 驻马店, and 南阳's 桐柏 and 唐河.
    expect(membersOf(byId('revolutionary-dabie'))).toEqual([...inCity('信阳市'), ...inCity('驻马店市'), ...named('桐柏县', '唐河县')].sort());
    expect(membersOf(byId('revolutionary-dabie'))).toHaveLength(22);
    for (const id of ['tourism-taihang-area', 'revolutionary-dabie']) expect(byId(id).membership!.sources.length, id).toBeGreaterThan(0);
    // Areas with no official list stay listed: 伏牛山, 太行 and 伏牛 old revolutionary areas.
    expect(byId('tourism-three-mountains').members).toEqual([]);
    expect(byId('revolutionary-manufacturing').members).toEqual([]);
  });

  it('tourism (services 三（二）): 郑汴洛 core and the 根亲 cities 新郑, 固始, 淮阳', () => {
    expect(membersOf(byId('tourism-core-zhengbianluo'))).toEqual(codesOf('郑州市', '开封市', '洛阳市'));
    expect(membersOf(byId('tourism-roots-cities'))).toEqual(['410184', '411525', '411603']);
  });

  it('industry sites (manufacturing 第四章, 第五章, 第七章, 第十三章): the places each list names', () => {
    expect(membersOf(byId('site-sensor-parks'))).toEqual(codesOf('开封市', '洛阳市', '新乡市', '鹤壁市', '三门峡市', '南阳市'));
    expect(membersOf(byId('site-third-gen-semiconductors'))).toEqual(codesOf('郑州市', '洛阳市', '许昌市'));
    expect(membersOf(byId('site-hydrogen-pilots'))).toEqual(codesOf('郑州市', '洛阳市', '濮阳市'));
    expect(membersOf(byId('site-ai-pilot-zones'))).toEqual(codesOf('郑州市', '洛阳市', '新乡市'));
    expect(membersOf(byId('site-industrial-internet'))).toEqual(codesOf('洛阳市', '许昌市', '漯河市', '郑州市', '新乡市'));
    expect(membersOf(byId('site-resource-utilisation'))).toEqual(codesOf('郑州市', '洛阳市', '安阳市', '焦作市', '平顶山市'));
    expect(membersOf(byId('site-hebi-magnesium'))).toEqual(codesOf('鹤壁市'));
    expect(membersOf(byId('site-changyuan-medical'))).toEqual(['410783']); // 长垣市, a county-level city of 新乡
    for (const id of ['site-sensor-parks', 'site-hydrogen-pilots', 'site-ai-pilot-zones', 'site-third-gen-semiconductors']) {
      expect(byId(id).open_list, id).toBe(true);
    }
    expect(byId('site-unplaced').members).toEqual([]);
  });

  it('the belt lists exactly the counties the Yellow River crosses or touches', () => {
    const counties = JSON.parse(readFileSync('public/geo/henan-counties.geojson', 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon,
      { adcode: string }
    >;
    const river = (JSON.parse(readFileSync('public/geo/rivers.geojson', 'utf8')) as FeatureCollection<LineString>).features.find(
      (f) => f.properties?.name_zh === '黄河',
    ) as Feature<LineString>;
    const band = buffer(river, 1, { units: 'kilometers' })!;
    const derived = counties.features.filter((c) => booleanIntersects(c, band)).map((c) => c.properties.adcode).sort();
    expect(membersOf(byId('belt-yellow-river-manufacturing'))).toEqual(derived);
    expect(byId('belt-yellow-river-manufacturing').membership).toBeDefined();
  });
});

describe('validatePlan', () => {
  const files = readPlanFiles('.');
  const known = knownCodes('.');
  const broken = (edit: (r: Record<string, unknown>) => void) => {
    const copy = structuredClone(files['data/plan/zones.json']) as Record<string, unknown>[];
    edit(copy[0]);
    return validatePlan({ 'data/plan/zones.json': copy }, known).errors;
  };

  it('accepts the committed data', () => {
    expect(validatePlan(files, known).errors).toEqual([]);
  });

  it('rejects an unknown code', () => {
    expect(broken((r) => ((r.members as { code: string }[])[0].code = '410399'))).toEqual([
      'data/plan/zones.json: zone-west: unknown code 410399',
    ]);
  });

  it('rejects a record without a citation', () => {
    expect(broken((r) => delete r.cite).join()).toMatch(/cite/);
  });

  it('rejects a member outside Henan that is not marked external', () => {
    expect(broken((r) => ((r.members as { code: string }[])[1].code = '610100')).join()).toMatch(/outside Henan/);
  });

  it('rejects an external place with no sourced point', () => {
    expect(broken((r) => (r.external = ['330100'])).join()).toMatch(/no sourced point/);
  });
});
