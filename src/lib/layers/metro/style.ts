// The metro layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { inCodes, matchColour, type LayerContext, type MapLayer } from '../types.ts';
import { metroSplit, METRO_COLOURS } from './index.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => {
  const split = metroSplit(ctx);
  const pairs: [string, string][] = [
    ...split.both.map((c): [string, string] => [c, METRO_COLOURS.both]),
    ...split.servicesOnly.map((c): [string, string] => [c, METRO_COLOURS.servicesOnly]),
    ...split.manufacturingOnly.map((c): [string, string] => [c, METRO_COLOURS.manufacturingOnly]),
  ];
  return [
    {
      slot: 'fill',
      layer: {
        id: 'metro-fill',
        type: 'fill',
        source: 'cities',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'fill-color': matchColour(pairs), 'fill-opacity': 0.35 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'metro-outline',
        type: 'line',
        source: 'cities',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'line-color': METRO_COLOURS.both, 'line-width': 1.6 },
      },
    },
  ];
};
