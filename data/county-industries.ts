// Writes data/counties/county-industries.json from the sourced reference table
// data/reference/county_industries.csv: each row matched to its NBS 2023 code
// and grouped by the atlas's rules below. Run: npx tsx data/county-industries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../src/lib/csv.ts';
import { countyIndustryFile, type IndustryGroup } from '../src/lib/facts/county-industries.ts';
import { readDivisions } from './geo/divisions.ts';

const ROOT = new URL('..', import.meta.url).pathname;

// The first industry a row names decides its group; rules are tried in order.
export const GROUP_RULES: [IndustryGroup, RegExp][] = [
  ['vehicles', /汽车|汽配|电动车|摩托/],
  ['medicine', /医药|医用/],
  ['equipment', /装备|机械|轴承|锅炉|量具/],
  ['materials', /铝|钢|钼|尼龙|材料|炭|碳|超硬|金刚石|金属|黄金|化工|石棉|耐火/],
  ['food', /食品|酸辣粉|烧鸡|粮油|面粉|蜂产品/],
  ['produce', /大蒜|山药|菊花|花生|牛|苹果|香菇|花木/],
  ['light', /纺|服装|羽绒|鞋|家居|家具|毛皮|发制品|刷|乐器|提琴|户外|塑料|锅|瓷|绣|玉雕/],
];

export function groupOf(industryZh: string): IndustryGroup {
  const first = industryZh.split(/[;；、/]/)[0];
  const rule = GROUP_RULES.find(([, re]) => re.test(first));
  if (!rule) throw new Error(`no group rule for "${industryZh}"`);
  return rule[0];
}

/** Every row of the reference table, matched to its NBS 2023 code and grouped; throws on an unmatched county. */
export function buildCountyIndustries(root: string) {
  const divisions = readDivisions(join(root, 'data/reference/henan_county_divisions_nbs2023.csv'));
  const rows = parseCsv(readFileSync(join(root, 'data/reference/county_industries.csv'), 'utf8'));
  return rows.map((r) => {
    // 济源 is listed as its own city; NBS lists it under 省直辖县级行政区划.
    const city = r.city.startsWith('济源') ? '省直辖县级行政区划' : r.city;
    const div = divisions.find((d) => d.nameZh === r.county && d.prefecture === city);
    if (!div) throw new Error(`no NBS 2023 unit for ${r.county} (${r.city})`);
    return {
      code: div.code,
      county_zh: r.county,
      industry_zh: r.industry_zh,
      industry_en: r.industry_en,
      group: groupOf(r.industry_zh),
      scale_note: r.scale_note,
      source: r.source,
      confidence: r.confidence,
      notes: r.notes,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = buildCountyIndustries(ROOT);
  writeFileSync(join(ROOT, 'data/counties/county-industries.json'), JSON.stringify(countyIndustryFile.parse(out), null, 1) + '\n');
  console.log(`wrote ${out.length} rows for ${new Set(out.map((r) => r.code)).size} counties`);
}
