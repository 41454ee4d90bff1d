// 多点联动: the county as the unit of county development. Counties are
// coloured by the group of their first sourced characteristic industry
// (reference table, not the plan); the plan's programme and four county
// models are explained in the card, not assigned to counties.
import type { PlanLayer } from '../types.ts';
import { countyGroups as groupsAtBuild } from '../../summary/bundled.ts';
import { INDUSTRY_GROUPS, type IndustryGroup } from '../../facts/industry-groups.ts';

export const COUNTY_COLOUR = '#8a6d3b';
export const GROUP_COLOURS: Record<IndustryGroup, string> = {
  materials: '#8c564b',
  equipment: '#1f77b4',
  vehicles: '#d62728',
  food: '#ff9f1c',
  light: '#9467bd',
  medicine: '#2ca02c',
  produce: '#bcbd22',
};

/** Each county with a verified industry, and the group of the first one listed. */
export function countyGroups(): Map<string, IndustryGroup> {
  return new Map(groupsAtBuild);
}

export const countiesLayer: PlanLayer = {
  key: 'counties',
  title: { zh: '多点联动（县域）', en: 'Many points in concert (counties)' },
  about: {
    zh: '县域是“多点联动”的单元。着色为县域特色产业（来自有出处的参考资料，非规划所列；按本图归类，多个产业的县按所列第一项着色；低可信度条目不着色，只在县卡片中标为未核实）。规划的四种县域模式是类型说明，规划未指定各县归属。',
    en: 'The county is the unit of this programme. Colours show county characteristic industries (from a sourced reference table, not the plan; grouped by the atlas; a county with several is coloured by the first; low-confidence rows are not coloured and appear only as unverified in the county card). The plan\'s four county models are types, not assigned to counties.',
  },
  legend: () => {
    const present = new Set(countyGroups().values());
    return [
      ...(Object.keys(INDUSTRY_GROUPS) as IndustryGroup[])
        .filter((g) => present.has(g))
        .map((g) => ({ label: INDUSTRY_GROUPS[g], color: GROUP_COLOURS[g], swatch: 'fill' as const })),
      { label: { zh: '县级单位边界（157个）', en: 'County-level units (157)' }, color: COUNTY_COLOUR, swatch: 'line' as const },
    ];
  },
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
