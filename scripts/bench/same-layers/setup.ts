// What the same-layers baseline page draws, made from the app's own code at
// every bench run (through Vite's module runner, which reads the plan data as
// the app's build does): the app's whole style with the default layers shown,
// the map options of createMap that change what is drawn, and Henan's extent
// (setup.json; base.json has no plan layers, as the app with `?layers=`).
// Geometry URLs are relative to the page.
import type { StyleSpecification } from 'maplibre-gl';
import { buildStyle } from '../../../src/lib/map/style.ts';
import { DEFAULT_LAYERS } from '../../../src/lib/layers/defaults.ts';
import { GEO_FILES } from '../../../src/lib/geo/files.ts';
import { FONT_REGULAR } from '../../../src/lib/map/basemap.ts';
import { ideographFamily } from '../../../src/lib/map/view-options.ts';
import { HENAN_BBOX } from '../../../src/lib/geo/manifest.ts';
import type { LayerKey } from '../../../src/lib/plan/schema.ts';

export interface SameLayersSetup {
  style: StyleSpecification;
  bbox: [number, number, number, number];
  localIdeographFontFamily: string;
}

/** `layers`: the plan layers shown (the app's default ones, or none for the base map the app shows with `?layers=`). */
export function sameLayersSetup(layers: readonly LayerKey[] = DEFAULT_LAYERS): SameLayersSetup {
  const style = buildStyle('zh', new Set(layers), (f) => `geo/${GEO_FILES[f]}`);
  return {
    style,
    bbox: HENAN_BBOX,
    // As createMap sets it: the fonts MapLibre draws Chinese labels with.
    localIdeographFontFamily: ideographFamily(FONT_REGULAR),
  };
}
