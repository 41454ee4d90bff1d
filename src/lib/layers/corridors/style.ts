// The corridors layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import type { MapLayer } from '../types.ts';
import { CORRIDOR_COLOURS } from './index.ts';

export const mapLayers = (): MapLayer[] => [
  {
    slot: 'fill',
    layer: {
      id: 'corridors-culture-band',
      type: 'line',
      source: 'yellowRiverHenan',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': CORRIDOR_COLOURS['belt-yellow-river-culture-tourism'],
        'line-opacity': 0.5,
        'line-width': ['interpolate', ['exponential', 2], ['zoom'], 5, 6, 10, 90],
        'line-blur': 3,
      },
    },
  },
];
