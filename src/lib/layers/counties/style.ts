// The counties layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { inCodes, matchColour, type MapLayer } from '../types.ts';
import { countyGroups, COUNTY_COLOUR, GROUP_COLOURS } from './index.ts';

export const mapLayers = (): MapLayer[] => {
  const pairs = [...countyGroups()].map(([code, g]): [string, string] => [code, GROUP_COLOURS[g]]);
  return [
    {
      slot: 'fill',
      layer: {
        id: 'counties-industry',
        type: 'fill',
        source: 'counties',
        filter: inCodes(pairs.map(([c]) => c)),
        paint: { 'fill-color': matchColour(pairs), 'fill-opacity': 0.45 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'counties-emphasis',
        type: 'line',
        source: 'counties',
        paint: { 'line-color': COUNTY_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.8] },
      },
    },
  ];
};
