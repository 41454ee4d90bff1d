// Places the industry chapters tie to an industry (sensor parks, 中国镁谷,
// hydrogen pilots…). Several sites often share a city, so the map shows one
// marker per place sized by how many sites it has; the card lists them.
import type { ExpressionSpecification } from 'maplibre-gl';
import { codes, inCodes, type LayerContext, type PlanLayer } from '../types.ts';
import { isCountyRecord } from '../../plan/roles.ts';

export const INDUSTRY_COLOUR = '#0e6e8c';

/** Number of sites per place, split into city-level and county-level places. */
export function siteCounts(ctx: LayerContext): { cities: Map<string, number>; counties: Map<string, number> } {
  const cities = new Map<string, number>();
  const counties = new Map<string, number>();
  for (const r of ctx.records.filter((x) => x.kind === 'site')) {
    const into = isCountyRecord(r) ? counties : cities;
    for (const c of codes(r)) into.set(c, (into.get(c) ?? 0) + 1);
  }
  return { cities, counties };
}

const radius = (counts: Map<string, number>): ExpressionSpecification =>
  ['match', ['get', 'adcode'], ...[...counts].flatMap(([c, n]) => [c, 5 + 2.2 * n]), 5] as unknown as ExpressionSpecification;
const countText = (counts: Map<string, number>): ExpressionSpecification =>
  ['match', ['get', 'adcode'], ...[...counts].flatMap(([c, n]) => [c, String(n)]), ''] as unknown as ExpressionSpecification;

const marker = (id: string, source: string, counts: Map<string, number>, extraFilter?: ExpressionSpecification) => [
  {
    slot: 'overlay' as const,
    layer: {
      id: `${id}-dots`,
      type: 'circle' as const,
      source,
      filter: extraFilter ? (['all', extraFilter, inCodes([...counts.keys()])] as ExpressionSpecification) : inCodes([...counts.keys()]),
      paint: {
        'circle-radius': radius(counts),
        'circle-color': INDUSTRY_COLOUR,
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  },
  {
    slot: 'overlay' as const,
    layer: {
      id: `${id}-counts`,
      type: 'symbol' as const,
      source,
      filter: extraFilter ? (['all', extraFilter, inCodes([...counts.keys()])] as ExpressionSpecification) : inCodes([...counts.keys()]),
      layout: { 'text-field': countText(counts), 'text-font': ['sans-serif'], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
  },
];

export const industriesLayer: PlanLayer = {
  key: 'industries',
  title: { zh: '产业载体（制造业规划点名）', en: 'Industry sites named by the plan' },
  about: {
    zh: '制造业规划产业章节点名的园区、基地和试点城市。圆点大小和数字表示该地被点名的载体数，点击城市查看清单及出处。',
    en: 'Parks, bases and pilot cities named in the manufacturing plan\'s industry chapters. Dot size and number give how many sites the plan ties to the place; click a city for the list and the chapters.',
  },
  legend: (ctx) => [
    { label: { zh: '产业载体（数字为个数）', en: 'Industry sites (number per place)' }, color: INDUSTRY_COLOUR, swatch: 'point' },
    ...ctx.records
      .filter((r) => r.members.length === 0)
      .flatMap((r) => r.items)
      .map((i) => ({ label: { zh: `${i.name_zh}（未绘制）`, en: `${i.name_en} (not drawn)` }, color: '#999999', swatch: 'none' as const })),
  ],
  mapLayers: (ctx) => {
    const { cities, counties } = siteCounts(ctx);
    return [
      ...marker('industries-cities', 'seats', cities),
      ...marker('industries-counties', 'labels', counties, ['==', ['get', 'level'], 'county'] as ExpressionSpecification),
    ];
  },
};
