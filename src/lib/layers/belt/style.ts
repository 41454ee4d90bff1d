// The belt layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import type { ExpressionSpecification } from 'maplibre-gl';
import { codes, inCodes, type LayerContext, type MapLayer } from '../types.ts';
import { BELT_COLOURS } from './index.ts';

/** White for every feature, written so that MapLibre reads it per feature (see the centres below). */
const PER_FEATURE_WHITE: ExpressionSpecification = ['case', ['has', 'adcode'], '#ffffff', '#ffffff'];

const belt = (ctx: LayerContext) => ctx.records.find((r) => r.kind === 'belt')!;
const centres = (ctx: LayerContext, kind: 'centre' | 'sub-centre') =>
  ctx.records.filter((r) => r.kind === kind).flatMap((r) => codes(r));


export const mapLayers = (ctx: LayerContext): MapLayer[] => [
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
];
