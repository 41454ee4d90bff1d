// The industry taxonomy and the service hubs against the plan text and the
// sourced logistics table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownCodes, loadPlan, readPlanFiles, readTaxonomy } from '../src/lib/plan/node-load.ts';
import { validatePlan } from '../src/lib/plan/validate.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { HUB_TYPES } from '../src/lib/plan/schema.ts';

const taxonomy = readTaxonomy('.');
const records = loadPlan('.');
const tier = (id: string) => taxonomy.tiers.find((t) => t.id === id)!;
const groupNames = (id: string) => tier(id).groups.map((g) => g.name_zh);

describe('industry taxonomy (manufacturing 第三章–第五章, 第九章)', () => {
  it('has the 5 traditional, 7 emerging and 6 future industries in the order of the sections', () => {
    expect(groupNames('traditional')).toEqual(['材料', '装备', '汽车', '食品', '轻纺']);
    expect(groupNames('emerging')).toEqual(['新一代信息技术', '高端装备', '新材料', '现代医药', '新能源及智能网联汽车', '新能源', '节能环保']);
    expect(groupNames('future')).toEqual(['氢能与储能', '量子信息', '类脑智能', '未来网络', '生命健康', '前沿新材料']);
    for (const t of ['traditional', 'emerging', 'future']) {
      tier(t).groups.forEach((g, i) => expect(g.section, g.name_zh).toMatch(new RegExp(` 第${'一二三四五六七'[i]}节$`)));
    }
  });

  it('names the chains of new-generation IT and high-end equipment', () => {
    const chains = (g: string) => tier('emerging').groups.find((x) => x.name_zh === g)!.chains.map((c) => c.zh);
    expect(chains('新一代信息技术')).toEqual(['新型显示和智能终端', '智能传感器', '网络安全', '5G及先进计算', '集成电路', '光通信', '汽车电子', '软件和信息技术服务']);
    expect(chains('高端装备')).toEqual(['轨道交通装备', '数控机床及增材制造', '机器人及无人机', '航空航天装备', '大型成套装备']);
  });

  it('has 7 trillion-yuan and 3 five-hundred-billion-yuan clusters', () => {
    expect(taxonomy.clusters.trillion.map((c) => c.zh)).toEqual(['装备制造', '绿色食品', '新型材料', '电子信息', '节能环保', '现代轻纺', '绿色建材']);
    expect(taxonomy.clusters.five_hundred_billion.map((c) => c.zh)).toEqual(['汽车制造', '现代医药', '现代化工']);
  });

  it('the validator rejects a site whose chain is not in its group', () => {
    const files = readPlanFiles('.');
    const copy = structuredClone(files['data/plan/industries.json']) as { industry?: { chain_zh?: string } }[];
    copy[0].industry!.chain_zh = '光伏';
    const errors = validatePlan({ 'data/plan/industries.json': copy }, knownCodes('.'), taxonomy).errors;
    expect(errors).toEqual(['data/plan/industries.json: site-zhengzhou-sensor-valley: "光伏" is not a chain of 新一代信息技术']);
  });
});

describe('service hubs (services plan 二（四）, 三（一）–四（四）)', () => {
  const hubs = records.filter((r) => r.layer === 'hubs');
  const byId = (id: string) => hubs.find((r) => r.id === id)!;
  const at = (id: string) => byId(id).members.map((m) => m.code);

  it('every hub has a type, and the plan-placed ones sit where the plan says', () => {
    expect(hubs.every((h) => h.hub_type)).toBe(true);
    // Every type the layer knows is used by at least one hub the plans name.
    expect(new Set(hubs.map((h) => h.hub_type))).toEqual(new Set(HUB_TYPES));
    expect(at('hub-zhoukou-agri-high-tech')).toEqual(['411600']);
    expect(at('hub-xinxiang-agri-high-tech')).toEqual(['410700']);
    expect(at('hub-nanyang-tcm')).toEqual(['411300']);
    expect(at('hub-xuchang-market-procurement')).toEqual(['411000']);
    expect(at('hub-zlx-innovation')).toEqual(['410100', '410300', '410700']);
  });

  it("national logistics hubs are the sourced table's hubs that have a citable source, each with its citations", () => {
    const cited = (JSON.parse(readFileSync('data/hubs/citations.json', 'utf8')) as { name_zh: string; citations: unknown[] }[]).filter(
      (e) => e.citations.length,
    );
    const rows = parseCsv(readFileSync('data/reference/logistics_hubs.csv', 'utf8')).filter(
      (r) => r.category.startsWith('国家物流枢纽') && r.confidence !== 'low' && cited.some((e) => e.name_zh === r.name_zh),
    );
    const ours = hubs.filter((h) => h.id.startsWith('hub-nlh-'));
    expect(ours.map((h) => h.name_zh).sort()).toEqual(rows.map((r) => r.name_zh).sort());
    for (const h of ours) {
      const entry = cited.find((e) => e.name_zh === h.name_zh)!;
      expect(h.membership?.sources, h.id).toEqual(entry.citations);
    }
  });
});
