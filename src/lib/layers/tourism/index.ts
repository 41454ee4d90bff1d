// 一带一核三山五区: the culture-tourism layout. The core and the roots cities
// are drawn; the plan does not place the three mountains or five areas, so
// they are listed, not drawn. The belt is in the corridors layer.
import type { FilterSpecification } from 'maplibre-gl';
import { codes, inCodes, type PlanLayer } from '../types.ts';

export const TOURISM_COLOURS = { core: '#c0392b', roots: '#8e44ad', unplaced: '#999999' } as const;

export const tourismLayer: PlanLayer = {
  key: 'tourism',
  title: { zh: '文旅布局：一带一核三山五区', en: 'Culture-tourism layout' },
  about: {
    zh: '“一核”为郑汴洛，“根亲”名城为新郑、固始、淮阳等；“一带”（黄河文化旅游带）见“走廊与发展带”图层；“三山”“五区”规划未给出范围，不绘制。',
    en: 'The core is Zhengzhou–Kaifeng–Luoyang; the ancestral-roots cities are Xinzheng, Gushi, Huaiyang and others; the belt is in the corridors layer; the three mountains and five themed areas are not placed by the plan and are not drawn.',
  },
  legend: (ctx) => [
    { label: { zh: '一核：郑汴洛', en: 'Core: Zhengzhou–Kaifeng–Luoyang' }, color: TOURISM_COLOURS.core, swatch: 'fill' },
    { label: { zh: '根亲文化旅游名城', en: 'Ancestral-roots culture-tourism city' }, color: TOURISM_COLOURS.roots, swatch: 'point' },
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
