// A layer's filter, paint and layout for one feature, as the map that drew it
// evaluates them: its own style layers, at the zoom it last drew. maplibre-gl
// bundles its copy of the style spec's expression code and exports none of it;
// reading the map's layers spares the export a second copy (13 KiB gzip).
// The fields read here are MapLibre's (StyleLayer's paint, layout and
// _featureFilter); the export tests draw every layer type through them.
import type { Feature } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A feature as MapLibre's expression code reads it. */
export type StyleFeature = { type: number; id: Feature['id']; properties: Record<string, unknown> };
export type Group = 'paint' | 'layout';

interface Evaluated {
  get(key: string): unknown;
}
interface DrawnLayer {
  paint?: Evaluated;
  layout?: Evaluated;
  _featureFilter?: { filter: (globals: { zoom: number }, feature: StyleFeature) => boolean };
}

export interface LayerEval {
  /** Whether the layer's filter keeps the feature. */
  keeps(feature: StyleFeature): boolean;
  /** A property's value for the feature (its default where the style sets none); undefined if the layer type has no such property. */
  get(group: Group, key: string, feature: StyleFeature, state: Record<string, unknown>): unknown;
}

const isEvaluable = (v: unknown): v is { evaluate: (f: StyleFeature, s: Record<string, unknown>) => unknown } =>
  typeof v === 'object' && v !== null && typeof (v as { evaluate?: unknown }).evaluate === 'function';

/** Cross-faded values (line-dasharray) come as the pair drawn between two zooms: the one for this zoom is `to`. */
const settled = (v: unknown): unknown => (typeof v === 'object' && v !== null && 'to' in v && 'from' in v ? (v as { to: unknown }).to : v);

/** The layer `id` of a map that has drawn at least once, or null if it has none. */
export function layerEval(map: MapLibreMap, id: string, zoom: number): LayerEval | null {
  const layer = map.getLayer(id) as unknown as DrawnLayer | undefined;
  if (!layer) return null;
  return {
    keeps: (feature) => layer._featureFilter?.filter({ zoom }, feature) ?? true,
    get(group, key, feature, state) {
      const value = layer[group]?.get(key);
      return settled(isEvaluable(value) ? value.evaluate(feature, state) : value);
    },
  };
}

/** A colour as MapLibre evaluates it (premultiplied r, g, b, a in 0–1), as CSS and an opacity. */
export function colour(v: unknown): { color: string; alpha: number } {
  if (v && typeof v === 'object' && 'r' in v) {
    const c = v as { r: number; g: number; b: number; a: number };
    const un = (x: number) => Math.round(c.a ? (x / c.a) * 255 : 0);
    return { color: `rgb(${un(c.r)},${un(c.g)},${un(c.b)})`, alpha: c.a };
  }
  return { color: String(v ?? '#000'), alpha: 1 };
}
