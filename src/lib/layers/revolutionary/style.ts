// The revolutionary layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { codes, inCodes, type LayerContext, type MapLayer } from '../types.ts';
import { REVOLUTIONARY_COLOUR } from './index.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => [
  {
    slot: 'fill',
    layer: {
      id: 'revolutionary-dabie',
      type: 'fill',
      source: 'counties',
      filter: inCodes(codes(ctx.records.find((r) => r.id === 'revolutionary-dabie')!)),
      paint: { 'fill-color': REVOLUTIONARY_COLOUR, 'fill-opacity': 0.2 },
    },
  },
];
