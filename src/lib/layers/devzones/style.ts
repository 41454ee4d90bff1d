// The devzones layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { MapLayer } from '../types.ts';
import { ZONE_COLOURS } from './index.ts';

// Area, not radius, grows with the count, so a seat with many zones does not cover its neighbours.
const radius: ExpressionSpecification = ['+', 4, ['*', 3.5, ['sqrt', ['get', 'count']]]];


export const mapLayers = (): MapLayer[] => [
  {
    slot: 'overlay',
    layer: {
      id: 'devzones-dots',
      type: 'circle',
      source: 'devZones',
      paint: {
        'circle-radius': radius,
        'circle-color': ['case', ['>', ['get', 'national'], 0], ZONE_COLOURS.national, ZONE_COLOURS.provincial],
        'circle-opacity': 0.8,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  },
  {
    slot: 'overlay',
    layer: {
      id: 'devzones-counts',
      type: 'symbol',
      source: 'devZones',
      layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': ['sans-serif'], 'text-size': 10, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
  },
];
