// 多点联动: the county as the unit of county development. County industries
// and zones join this layer with the thematic layers; for now it shows the
// 157 units and explains the plan's programme.
import type { PlanLayer } from '../types.ts';

export const COUNTY_COLOUR = '#8a6d3b';

export const countiesLayer: PlanLayer = {
  key: 'counties',
  title: { zh: '多点联动（县域）', en: 'Many points in concert (counties)' },
  about: {
    zh: '县域是“多点联动”的单元：每县培育主导产业和特色集群，形成“一县一省级开发区”。四种县域模式是规划给出的类型，规划未指定各县归属。县域产业数据将在专题图层中加入。',
    en: 'The county is the unit of this programme: each grows a leading industry and a specialty cluster, towards one provincial development zone per county. The four county models are types the plan offers; it assigns none to a county. County industry data arrives with the thematic layers.',
  },
  legend: () => [
    { label: { zh: '县级单位（157个）', en: 'County-level units (157)' }, color: COUNTY_COLOUR, swatch: 'line' },
  ],
  mapLayers: () => [
    {
      slot: 'overlay',
      layer: {
        id: 'counties-emphasis',
        type: 'line',
        source: 'counties',
        paint: { 'line-color': COUNTY_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.8] },
      },
    },
  ],
};
