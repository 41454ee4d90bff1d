// 一带一核三山五区: the culture-tourism layout. The core and the roots cities
// are drawn; of the three mountain areas, the Taihang area is drawn from the
// national Taihang tourism plan's county list, and all three ranges as
// Natural Earth outlines them (physical ranges, not planned areas); the five
// themed areas are listed, not drawn. The belt is in the corridors layer.
import type { FilterSpecification } from 'maplibre-gl';
import { codes, inCodes, type PlanLayer } from '../types.ts';

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
  mapLayers: (ctx) => {
    const core = codes(ctx.records.find((r) => r.kind === 'core')!);
    const roots = codes(ctx.records.find((r) => r.kind === 'node')!);
    const taihang = codes(ctx.records.find((r) => r.id === 'tourism-taihang-area')!);
    return [
      {
        slot: 'fill',
        layer: {
          id: 'tourism-core',
          type: 'fill',
          source: 'cities',
          filter: inCodes(core),
          paint: { 'fill-color': TOURISM_COLOURS.core, 'fill-opacity': 0.25 },
        },
      },
      {
        slot: 'fill',
        layer: {
          id: 'tourism-taihang',
          type: 'fill',
          source: 'counties',
          filter: inCodes(taihang),
          paint: { 'fill-color': TOURISM_COLOURS.taihang, 'fill-opacity': 0.22 },
        },
      },
      {
        slot: 'overlay',
        layer: {
          id: 'tourism-ranges',
          type: 'line',
          source: 'ranges',
          paint: { 'line-color': TOURISM_COLOURS.range, 'line-width': 1.5, 'line-dasharray': [3, 2] },
        },
      },
      {
        slot: 'overlay',
        layer: {
          id: 'tourism-range-labels',
          type: 'symbol',
          source: 'ranges',
          layout: {
            'text-field': ['get', 'name_zh'],
            'text-font': ['sans-serif'],
            'text-size': 12,
            'text-letter-spacing': 0.3,
            'text-max-width': 6,
            // A range's name is the point of this layer: it stays even where a place name is near.
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': TOURISM_COLOURS.range, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
        },
      },
      {
        slot: 'overlay',
        layer: {
          id: 'tourism-roots',
          type: 'circle',
          source: 'labels',
          filter: ['all', ['==', ['get', 'level'], 'county'], inCodes(roots)] as FilterSpecification,
          paint: { 'circle-radius': 7, 'circle-color': TOURISM_COLOURS.roots, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
        },
      },
    ];
  },
};
