// The hubs layer's MapLibre layers. Only the build runs this (plan-specs-build.ts):
// the browser gets the result in the initial style, never this code.
import { placeMarkers } from '../place-markers.ts';
import type { LayerContext, MapLayer } from '../types.ts';
import { HUB_COLOUR } from './index.ts';

export const mapLayers = (ctx: LayerContext): MapLayer[] => placeMarkers(ctx, 'hubs', HUB_COLOUR, [9, -6]);
