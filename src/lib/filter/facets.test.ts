import { describe, expect, it } from 'vitest';
import type { Item } from './items.ts';
import { applyFilter, EMPTY_SELECTION, facetCounts } from './facets.ts';

const item = (id: string, kind: Item['kind'], type: string, city: string, level: Item['level'] = null, chain?: string): Item => ({
  id,
  kind,
  name: { zh: `${id}名`, en: `${id} name` },
  type: { zh: type, en: type },
  chain: chain ? { zh: chain, en: chain } : null,
  level,
  city,
  county: null,
  point: [113, 34],
  cite: [],
  sources: [],
});
const items = [
  item('a', 'zone', '经济技术开发区', '410100', 'national'),
  item('b', 'zone', '高新技术产业开发区', '410100', 'national'),
  item('c', 'zone', '经济技术开发区', '410300', 'provincial'),
  item('d', 'site', '新材料', '410300'),
  item('e', 'site', '新一代信息技术', '410100', null, '智能传感器'),
];

describe('applyFilter', () => {
  it('ORs options within a facet and ANDs across facets', () => {
    const ids = (sel: Partial<typeof EMPTY_SELECTION>) => applyFilter(items, { ...EMPTY_SELECTION, ...sel }).map((i) => i.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ city: ['410100', '410300'] })).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids({ chain: ['智能传感器'] })).toEqual(['e']);
    expect(ids({ q: '传感' })).toEqual(['e']);
    expect(ids({ city: ['410300'], kind: ['zone'] })).toEqual(['c']);
    expect(ids({ level: ['national'] })).toEqual(['a', 'b']);
    expect(ids({ q: 'D NAME' })).toEqual(['d']);
  });
});

describe('facetCounts', () => {
  it("counts each option under the other facets' choices", () => {
    const sel = { ...EMPTY_SELECTION, city: ['410300'], type: ['经济技术开发区'] };
    expect(facetCounts(items, sel, 'city')).toEqual(new Map([['410100', 1], ['410300', 1]]));
    // Items without a chain (zones) are not options of the chain facet.
    expect(facetCounts(items, EMPTY_SELECTION, 'chain')).toEqual(new Map([['智能传感器', 1]]));
    expect(facetCounts(items, sel, 'type')).toEqual(
      new Map([['经济技术开发区', 1], ['高新技术产业开发区', 0], ['新材料', 1], ['新一代信息技术', 0]]),
    );
  });
});
