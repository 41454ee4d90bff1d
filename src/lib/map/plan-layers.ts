// Every thematic layer's MapLibre layers are in the style from the start,
// shown or hidden; later only their visibility flips. deck.gl marks of the
// visible layers go to the overlay.
import type { GeoJSONSource, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext, DeckMark } from '../layers/types.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { externalLinks } from '../layers/links.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import type { Slot } from '../layers/types.ts';
import { declutter } from './declutter.ts';

export function layerContext(key: LayerKey, seat: LayerContext['seat']): LayerContext {
  return { records: PLAN_RECORDS.filter((r) => r.layer === key), seat };
}

/**
 * The plan layers' part of the initial style, hidden or shown. They are in the
 * style from the start: adding layers after load would re-tile their sources.
 * The links source fills in once seats are known.
 */
export function planStyle(visible: ReadonlySet<LayerKey>): {
  sources: Record<string, GeoJSONSourceSpecification>;
  slots: Record<Slot, LayerSpecification[]>;
} {
  const none = () => undefined;
  const slots: Record<Slot, LayerSpecification[]> = { fill: [], overlay: [] };
  for (const layer of PLAN_LAYERS) {
    for (const { slot, layer: spec } of layer.mapLayers(layerContext(layer.key, none))) {
      const layout = { ...('layout' in spec ? spec.layout : {}), visibility: visible.has(layer.key) ? 'visible' : 'none' };
      slots[slot].push({ ...spec, layout } as LayerSpecification);
    }
  }
  const own = Object.assign({}, ...PLAN_LAYERS.map((l) => l.sources?.() ?? {}));
  // The filter's results: always shown, empty until a filter is applied.
  slots.overlay.push(FILTER_RESULTS_LAYER);
  // Points above every line and band, whichever layer they belong to (stable sort: each group
  // keeps the registry's order); deck.gl's bands go in between (deckBefore).
  slots.overlay.sort((a, b) => Number(isPoint(a)) - Number(isPoint(b)));
  return {
    sources: {
      planLinks: { type: 'geojson', data: externalLinks(PLAN_RECORDS, none) },
      filterResults: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      ...own,
    },
    slots,
  };
}

// One dot per result, even where results share a seat (see declutter.ts).
const FILTER_RESULTS_LAYER: LayerSpecification = {
  id: 'filter-results',
  type: 'symbol',
  source: 'filterResults',
  layout: {
    'text-field': '●',
    'text-font': ['sans-serif'],
    'text-size': 12,
    'text-offset': ['get', 'offset'],
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#ffd400', 'text-halo-color': '#1b1b1b', 'text-halo-width': 1.5 },
};

export function setFilterResults(map: MapLibreMap, points: [number, number][]): void {
  const offsets = declutter(points);
  map.getSource<GeoJSONSource>('filterResults')?.setData({
    type: 'FeatureCollection',
    features: points.map((coordinates, i) => ({ type: 'Feature', properties: { offset: offsets[i] }, geometry: { type: 'Point', coordinates } })),
  });
}

const isPoint = (l: LayerSpecification) => l.type === 'circle' || l.type === 'symbol';

/** deck.gl's marks (corridor bands, arcs) go before this layer: above plan lines, below plan points. */
export function deckBefore(): string {
  const none = () => undefined;
  const overlay = PLAN_LAYERS.flatMap((l) => l.mapLayers(layerContext(l.key, none))).filter((m) => m.slot === 'overlay');
  return [...overlay.map((m) => m.layer), FILTER_RESULTS_LAYER].find(isPoint)!.id;
}

/** Where each slot's layers go: before this base layer. */
export const SLOT_BEFORE: Record<Slot, string> = { fill: 'lakes-fill', overlay: 'cities-selected-outline' };

export function planLayerIds(): Map<LayerKey, string[]> {
  const none = () => undefined;
  return new Map(PLAN_LAYERS.map((l) => [l.key, l.mapLayers(layerContext(l.key, none)).map((m) => m.layer.id)]));
}

export function setPlanVisibility(map: MapLibreMap, ids: Map<LayerKey, string[]>, visible: ReadonlySet<LayerKey>): void {
  for (const [key, layerIds] of ids) {
    for (const id of layerIds) map.setLayoutProperty(id, 'visibility', visible.has(key) ? 'visible' : 'none');
  }
}

export function setSeats(map: MapLibreMap, seat: LayerContext['seat']): void {
  map.getSource<GeoJSONSource>('planLinks')?.setData(externalLinks(PLAN_RECORDS, seat));
}

export function deckMarks(seat: LayerContext['seat'], visible: ReadonlySet<LayerKey>): DeckMark[] {
  return PLAN_LAYERS.filter((l) => l.deck && visible.has(l.key)).flatMap((l) => l.deck!(layerContext(l.key, seat)));
}

/** Plan layers whose labels are place names in the UI's language (their text-field follows a language switch). */
export const PLAN_NAME_LABELS = ['tourism-range-labels'];
