// A thematic layer's MapLibre layers join the style the first time the layer
// is shown (add-layers.ts); later only their visibility flips. Their specs come
// from the build (plan-specs.ts, specs.ts), so a first visit holds only the
// records and specs of the layers it shows. deck.gl marks of the visible layers go to the overlay.
import type { ExpressionSpecification, GeoJSONSource, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext, DeckMark } from '../layers/types.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { needsRecords, planRecords } from '../plan/records.ts';
import { planLinks, specLayers } from './specs.ts';
import type { Slot } from '../layers/types.ts';
import { declutter } from './declutter.ts';
import { loadSources, sourceData, sourcesReady } from '../layers/lazy-sources.ts';

export function layerContext(key: LayerKey, seat: LayerContext['seat']): LayerContext {
  return { records: planRecords().filter((r) => r.layer === key), seat };
}

/**
 * What the map draws besides the thematic layers, each added on its first use: the filter's
 * results, the around-a-place circle, the selection outlines (when something is first outlined)
 * and the base map's layers drawn only closer in than a first view of Henan (basemap.ts).
 */
export type Extra = 'filter' | 'around' | 'outline' | 'closer';
export const EXTRAS: readonly Extra[] = ['filter', 'around', 'outline', 'closer'];
/** What a map layer is drawn for: a thematic layer, an extra, or the base map (always in the style). */
export type Owner = LayerKey | Extra | 'base';
export interface Owned {
  owner: Owner;
  layer: LayerSpecification;
}

/**
 * Where the overlay's lines end and its points begin: a layer that draws nothing. deck.gl's bands
 * go above it and below the first point after it, so a line added later (before its successor,
 * this layer at the latest) stays under the bands and a point added later stays above them.
 */
export const POINTS_START = 'plan-points-start';
const POINTS_MARK: LayerSpecification = { id: POINTS_START, type: 'background', layout: { visibility: 'none' }, paint: {} };

/**
 * Every layer the plan layers and the extras can add to the style, in their slots and in draw
 * order, the layers of `visible` shown and the others hidden, with the sources they read.
 */
export function planStyle(visible: ReadonlySet<LayerKey>): {
  sources: Record<string, GeoJSONSourceSpecification>;
  slots: Record<Slot, Owned[]>;
} {
  const slots: Record<Slot, Owned[]> = { fill: [], overlay: [] };
  for (const { key, slot, spec } of specLayers()) {
    const layout = { ...('layout' in spec ? spec.layout : {}), visibility: visible.has(key) ? 'visible' : 'none' };
    slots[slot].push({ owner: key, layer: { ...spec, layout } as LayerSpecification });
  }
  const own = Object.assign({}, ...PLAN_LAYERS.map((l) => l.sources?.() ?? {}));
  const around = (layer: LayerSpecification): Owned => ({ owner: 'around', layer });
  const filter = (layer: LayerSpecification): Owned => ({ owner: 'filter', layer });
  slots.fill.push(...AROUND_LAYERS.filter((l) => l.type === 'fill').map(around));
  slots.overlay.push(...AROUND_LAYERS.filter((l) => l.type !== 'fill').map(around));
  slots.overlay.push(...[...MANY_RESULTS_LAYERS, FILTER_RESULTS_LAYER].map(filter));
  // Points above every line and band, whichever layer they belong to (stable sort: each group
  // keeps the registry's order); deck.gl's bands go in between (deckBefore).
  slots.overlay.sort((a, b) => Number(isPoint(a.layer)) - Number(isPoint(b.layer)));
  slots.overlay.splice(slots.overlay.findIndex((o) => isPoint(o.layer)), 0, { owner: 'base', layer: POINTS_MARK });
  return {
    sources: {
      // The lines to places outside Henan, between the seats file's positions, computed at build:
      // filling them in once the app has read the seats re-tiled the source and cost a first visit
      // about 300 ms.
      planLinks: { type: 'geojson', data: planLinks() },
      filterResults: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      filterMany: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 40, clusterMaxZoom: 11, clusterProperties: { rows: ['+', ['get', 'rows']] } },
      around: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      ...own,
    },
    slots,
  };
}

const AROUND_LAYERS: LayerSpecification[] = [
  { id: 'around-fill', type: 'fill', source: 'around', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#2471a3', 'fill-opacity': 0.08 } },
  { id: 'around-line', type: 'line', source: 'around', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': '#2471a3', 'line-width': 2, 'line-dasharray': [3, 2] } },
  {
    id: 'around-centre',
    type: 'circle',
    source: 'around',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 5, 'circle-color': '#2471a3', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
];

/** The around-a-place circle and its centre, or nothing. */
export function setAround(map: MapLibreMap, shape: { circle: import('geojson').Feature; centre: [number, number] } | null): void {
  map.getSource<GeoJSONSource>('around')?.setData({
    type: 'FeatureCollection',
    features: shape ? [shape.circle, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: shape.centre } }] : [],
  });
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

/** Up to this many results are spread apart where they share a seat; more are grouped and counted. */
export const MANY_RESULTS = 3000;

// A large result set (a loaded list of 100 000 rows): rows at one spot (most
// lists name counties, so rows share a county's point) become one dot with a
// count, and dots are clustered in MapLibre's worker, counts summed, splitting
// as one zooms in. MapLibre copies what setData gets field by field before it
// posts it to its worker, so fewer features is what keeps the page responsive.
// They are drawn like the few-results layer (the same symbol program, already built by
// the time anything is loaded: a new WebGL program costs a slow device most of
// a second), with the count where a dot stands for more than one row.
// deck.gl is not used here for the same reason.
const MANY = { source: 'filterMany' } as const;
const ROWS: ExpressionSpecification = ['get', 'rows'];
const MANY_RESULTS_LAYERS: LayerSpecification[] = [
  {
    id: 'filter-results-many',
    type: 'symbol',
    source: MANY.source,
    layout: {
      'text-field': ['case', ['>', ROWS, 1], ['to-string', ROWS], '●'],
      'text-font': ['sans-serif'],
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffd400', 'text-halo-color': '#1b1b1b', 'text-halo-width': 1.5 },
  },
];

/** Results at (about) the same spot, ten metres apart at most, as one point with their count. */
export function groupByPlace(points: [number, number][]): { point: [number, number]; rows: number }[] {
  const at = new Map<number, { point: [number, number]; rows: number }>();
  for (const p of points) {
    // Longitude and latitude in ten-thousandths of a degree, as one number.
    const key = Math.round(p[0] * 1e4) * 4e6 + Math.round(p[1] * 1e4 + 1e6);
    const g = at.get(key);
    if (g) g.rows++;
    else at.set(key, { point: p, rows: 1 });
  }
  return [...at.values()];
}

/** Draws the filter's results. */
export function setFilterResults(map: MapLibreMap, points: [number, number][]): void {
  const many = points.length > MANY_RESULTS;
  const few = many ? [] : points;
  const offsets = declutter(few);
  map.getSource<GeoJSONSource>('filterResults')?.setData({
    type: 'FeatureCollection',
    features: few.map((coordinates, i) => ({ type: 'Feature', properties: { offset: offsets[i] }, geometry: { type: 'Point', coordinates } })),
  });
  map.getSource<GeoJSONSource>(MANY.source)?.setData({
    type: 'FeatureCollection',
    features: (many ? groupByPlace(points) : []).map((g) => ({ type: 'Feature', properties: { rows: g.rows }, geometry: { type: 'Point', coordinates: g.point } })),
  });
}

const isPoint = (l: LayerSpecification) => l.type === 'circle' || l.type === 'symbol';

/**
 * deck.gl's marks (corridor bands, arcs) go before this layer: the first point layer `has` (in the
 * style), above every plan line and below every plan point; when there is none, the first base layer
 * after the overlay slot that `has` (the selection outline once it is in, else the river names).
 */
export function deckBefore(has: (id: string) => boolean): string {
  const overlay = planStyle(new Set()).slots.overlay.map((o) => o.layer.id);
  return overlay.slice(overlay.indexOf(POINTS_START) + 1).find(has) ?? AFTER_OVERLAY.find(has) ?? SLOT_BEFORE.overlay;
}

/** Where each slot's layers go: before this base layer. */
export const SLOT_BEFORE: Record<Slot, string> = { fill: 'lakes-fill', overlay: 'cities-selected-outline' };
/** The base layers that follow the overlay slot, up to the first that every style has. */
const AFTER_OVERLAY = ['cities-selected-outline', 'selected-outline', 'river-labels'];

export function planLayerIds(): Map<LayerKey, string[]> {
  return new Map(PLAN_LAYERS.map((l) => [l.key, specLayers().filter((m) => m.key === l.key).map((m) => m.spec.id)]));
}

/** Shows the layers of `visible` and hides the others, of those in the style (`added`). */
export function setPlanVisibility(map: MapLibreMap, ids: Map<LayerKey, string[]>, added: ReadonlySet<LayerKey>, visible: ReadonlySet<LayerKey>): void {
  for (const key of added) {
    for (const id of ids.get(key) ?? []) map.setLayoutProperty(id, 'visibility', visible.has(key) ? 'visible' : 'none');
  }
}

/** Loads the data the shown layers load on first use. */
export const loadLayerSources = (shown: ReadonlySet<LayerKey>): Promise<string[]> => loadSources(PLAN_LAYERS, shown);
/** Whether the shown layers have nothing left to load on first use. */
export const layerSourcesReady = (shown: ReadonlySet<LayerKey>): boolean => sourcesReady(PLAN_LAYERS, shown);

export function fillSources(map: MapLibreMap, ids: readonly string[]): void {
  for (const id of ids) map.getSource<GeoJSONSource>(id)?.setData(sourceData(id));
}

/** Whether a shown layer draws deck.gl marks: they place cities at their seats, which load with the places' names. */
export const drawsAtSeats = (visible: ReadonlySet<LayerKey>): boolean => PLAN_LAYERS.some((l) => l.deck && visible.has(l.key));

/** The shown layers' deck.gl marks, for those whose records are loaded (the rest follow when they are). */
export function deckMarks(seat: LayerContext['seat'], visible: ReadonlySet<LayerKey>): DeckMark[] {
  return PLAN_LAYERS.filter((l) => l.deck && visible.has(l.key) && !needsRecords([l.key])).flatMap((l) => l.deck!(layerContext(l.key, seat)));
}

/** Plan layers whose labels are place names in the UI's language (their text-field follows a language switch). */
export const PLAN_NAME_LABELS = ['tourism-range-labels'];
