// 一带主副引领: the Yellow River manufacturing belt, drawn as the riparian
// counties plus a band along the river in Henan; the main and sub-centres.
import type { PlanLayer } from '../types.ts';

export const BELT_COLOURS = { band: '#3c9d5d', main: '#c0392b', sub: '#e08a1e', link: '#e08a1e' } as const;

export const beltLayer: PlanLayer = {
  key: 'belt',
  title: { zh: '一带主副引领', en: 'One belt, main and sub-centres' },
  about: {
    zh: '沿黄河制造业绿色发展示范带；郑州为主中心，洛阳、南阳为副中心。带状范围按黄河流经或紧邻的县级单位示意（数据推算，非规划列明）。',
    en: 'The Yellow River manufacturing belt; Zhengzhou as main centre, Luoyang and Nanyang as sub-centres. The belt is drawn as the county-level units the river crosses or touches (derived from the data, not listed by the plan).',
  },
  legend: () => [
    { label: { zh: '示范带（沿黄县级单位，推算）', en: 'Belt (riparian counties, derived)' }, color: BELT_COLOURS.band, swatch: 'band' },
    { label: { zh: '主中心：国家中心城市', en: 'Main centre: national central city' }, color: BELT_COLOURS.main, swatch: 'point' },
    { label: { zh: '副中心城市', en: 'Sub-centre' }, color: BELT_COLOURS.sub, swatch: 'point' },
    { label: { zh: '南阳融入西安、武汉等都市圈', en: "Nanyang's links to Xi'an and Wuhan" }, color: BELT_COLOURS.link, swatch: 'line' },
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
