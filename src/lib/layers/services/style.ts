// The services layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { codes, inCodes, matchColour, type LayerContext, type MapLayer } from '../types.ts';
import { SERVICES_COLOURS } from './index.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => {
  const pairs = ctx.records.flatMap((r) =>
    codes(r, 'centre', 'member').map((c): [string, string] => [c, SERVICES_COLOURS[r.id]]),
  );
  return [
    {
      slot: 'fill',
      layer: {
        id: 'services-fill',
        type: 'fill',
        source: 'cities',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'fill-color': matchColour(pairs), 'fill-opacity': 0.32 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'services-centre',
        type: 'circle',
        source: 'seats',
        filter: inCodes(ctx.records.filter((r) => r.kind === 'centre').flatMap((r) => codes(r))),
        paint: { 'circle-radius': 9, 'circle-color': SERVICES_COLOURS['services-zhengzhou-five-centres'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
      },
    },
  ];
};
