// 一带主副引领: the Yellow River manufacturing belt, drawn as the riparian
// counties plus a band along the river in Henan; the main and sub-centres.
import type { ExpressionSpecification } from 'maplibre-gl';
import { codes, inCodes, type PlanLayer } from '../types.ts';

export const BELT_COLOURS = { band: '#3c9d5d', main: '#c0392b', sub: '#e08a1e', link: '#e08a1e' } as const;

/** White for every feature, written so that MapLibre reads it per feature (see the centres below). */
const PER_FEATURE_WHITE: ExpressionSpecification = ['case', ['has', 'adcode'], '#ffffff', '#ffffff'];

const belt = (ctx: Parameters<PlanLayer['legend']>[0]) => ctx.records.find((r) => r.kind === 'belt')!;
const centres = (ctx: Parameters<PlanLayer['legend']>[0], kind: 'centre' | 'sub-centre') =>
  ctx.records.filter((r) => r.kind === kind).flatMap((r) => codes(r));

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
  mapLayers: (ctx) => [
    {
      slot: 'fill',
      layer: {
        id: 'belt-counties',
        type: 'fill',
        source: 'counties',
        filter: inCodes(codes(belt(ctx))),
        paint: { 'fill-color': BELT_COLOURS.band, 'fill-opacity': 0.22 },
      },
    },
    {
      slot: 'fill',
      layer: {
        id: 'belt-band',
        type: 'line',
        source: 'yellowRiverHenan',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BELT_COLOURS.band,
          'line-opacity': 0.45,
          'line-width': ['interpolate', ['exponential', 2], ['zoom'], 5, 8, 10, 120],
          'line-blur': 4,
        },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'belt-links',
        type: 'line',
        source: 'planLinks',
        filter: ['==', ['get', 'record'], 'subcentre-nanyang'],
        paint: { 'line-color': BELT_COLOURS.link, 'line-width': 2, 'line-dasharray': [2, 2] },
      },
    },
    // The centres draw as two layers of constant size and colour with the stroke colour read per
    // feature: the circle program zones-centres already needs (its stroke is coloured by zone), so a
    // first visit with both layers compiles one circle program, not two (a WebGL program takes a
    // tenth of a second or more to compile with software rendering). The test beside this keeps them alike.
    ...(
      [
        ['belt-subcentres', centres(ctx, 'sub-centre'), 7, BELT_COLOURS.sub],
        ['belt-centres', centres(ctx, 'centre'), 10, BELT_COLOURS.main],
      ] as const
    ).map(([id, list, radius, colour]) => ({
      slot: 'overlay' as const,
      layer: {
        id,
        type: 'circle' as const,
        source: 'seats',
        filter: inCodes(list),
        paint: {
          'circle-radius': radius,
          'circle-color': colour,
          'circle-stroke-color': PER_FEATURE_WHITE,
          'circle-stroke-width': 2,
        },
      },
    })),
  ],
};
