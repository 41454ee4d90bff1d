// 一带一核三山五区: the culture-tourism layout. The core and the roots cities
// are drawn; of the three mountain areas, the Taihang area is drawn from the
// national Taihang tourism plan's county list, and all three ranges as
// Natural Earth outlines them (physical ranges, not planned areas); the five
// themed areas are listed, not drawn. The belt is in the corridors layer.
import { type PlanLayer } from '../types.ts';

export const TOURISM_COLOURS = { core: '#c0392b', roots: '#8e44ad', taihang: '#2e7d5b', range: '#7a5a3a', unplaced: '#999999' } as const;

export const tourismLayer: PlanLayer = {
  key: 'tourism',
  title: { zh: '文旅布局：一带一核三山五区', en: 'Culture-tourism layout' },
  about: {
    zh: '“一核”为郑汴洛，“根亲”名城为新郑、固始、淮阳等。“三山”：规划未列出范围；太行山旅游区按国家《太行山旅游业发展规划》所列的11个县级单位绘出，三座山脉按自然地理轮廓示意（非规划范围）。“五区”未给出范围，不绘制；“一带”见“走廊与发展带”图层。',
    en: 'The core is Zhengzhou–Kaifeng–Luoyang; the ancestral-roots cities are Xinzheng, Gushi, Huaiyang and others. The plan gives no extent for the three mountain areas: the Taihang area is drawn as the 11 county-level units of the national Taihang tourism plan, and the three ranges as physical outlines (not planned areas). The five themed areas are not placed and not drawn; the belt is in the corridors layer.',
  },
  legend: (ctx) => [
    { label: { zh: '一核：郑汴洛', en: 'Core: Zhengzhou–Kaifeng–Luoyang' }, color: TOURISM_COLOURS.core, swatch: 'fill' },
    { label: { zh: '根亲文化旅游名城', en: 'Ancestral-roots culture-tourism city' }, color: TOURISM_COLOURS.roots, swatch: 'point' },
    { label: { zh: '太行山旅游区（国家规划所列县级单位）', en: 'Taihang tourism area (units of the national plan)' }, color: TOURISM_COLOURS.taihang, swatch: 'fill' },
    { label: { zh: '山脉轮廓（自然地理，非规划范围）', en: 'Mountain ranges (physical outline, not a planned area)' }, color: TOURISM_COLOURS.range, swatch: 'line' },
    ...ctx.records
      .filter((r) => r.members.length === 0)
      .map((r) => ({
        label: { zh: `${r.name_zh}（未绘制）`, en: `${r.name_en} (not drawn)` },
        color: TOURISM_COLOURS.unplaced,
        swatch: 'none' as const,
      })),
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
