// The atlas's grouping of county industries (after the plan's traditional
// industries): the first industry a row names decides it, rules in order.
import type { IndustryGroup } from '../../src/lib/facts/county-industries.ts';

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
