// The tourism layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import type { FilterSpecification } from 'maplibre-gl';
import { codes, inCodes, type LayerContext, type MapLayer } from '../types.ts';
import { TOURISM_COLOURS } from './index.ts';
import { FONT_REGULAR } from '../../map/basemap.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => {
  const core = codes(ctx.records.find((r) => r.kind === 'core')!);
  const roots = codes(ctx.records.find((r) => r.kind === 'node')!);
  const taihang = codes(ctx.records.find((r) => r.id === 'tourism-taihang-area')!);
  return [
    {
      slot: 'fill',
      layer: {
        id: 'tourism-core',
        type: 'fill',
        source: 'cities',
        filter: inCodes(core),
        paint: { 'fill-color': TOURISM_COLOURS.core, 'fill-opacity': 0.25 },
      },
    },
    {
      slot: 'fill',
      layer: {
        id: 'tourism-taihang',
        type: 'fill',
        source: 'counties',
        filter: inCodes(taihang),
        paint: { 'fill-color': TOURISM_COLOURS.taihang, 'fill-opacity': 0.22 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'tourism-ranges',
        type: 'line',
        source: 'ranges',
        paint: { 'line-color': TOURISM_COLOURS.range, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'tourism-range-labels',
        type: 'symbol',
        source: 'ranges',
        layout: {
          'text-field': ['get', 'name_zh'],
          // The base map's labels' typeface, in both languages.
          'text-font': FONT_REGULAR,
          'text-size': 12,
          'text-letter-spacing': 0.3,
          'text-max-width': 6,
          // A range's name is the point of this layer: it stays even where a place name is near.
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': TOURISM_COLOURS.range, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'tourism-roots',
        type: 'circle',
        source: 'labels',
        filter: ['all', ['==', ['get', 'level'], 'county'], inCodes(roots)] as FilterSpecification,
        paint: { 'circle-radius': 7, 'circle-color': TOURISM_COLOURS.roots, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
      },
    },
  ];
};
