// The zones layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { codes, inCodes, matchColour, type LayerContext, type MapLayer } from '../types.ts';
import { ZONE_COLOURS } from './index.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => {
  const pairs = ctx.records.flatMap((r) => codes(r).map((c): [string, string] => [c, ZONE_COLOURS[r.id]]));
  const centres = ctx.records.flatMap((r) => codes(r, 'centre').map((c): [string, string] => [c, ZONE_COLOURS[r.id]]));
  return [
    {
      slot: 'fill',
      layer: {
        id: 'zones-fill',
        type: 'fill',
        source: 'cities',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'fill-color': matchColour(pairs), 'fill-opacity': 0.3 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'zones-outline',
        type: 'line',
        source: 'cities',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'line-color': matchColour(pairs), 'line-width': 2.2, 'line-opacity': 0.9 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'zones-centres',
        type: 'circle',
        source: 'seats',
        filter: inCodes(centres.map(([c]) => c)),
        paint: {
          'circle-radius': 6,
          'circle-color': '#ffffff',
          'circle-stroke-color': matchColour(centres),
          'circle-stroke-width': 3,
        },
      },
    },
  ];
};
