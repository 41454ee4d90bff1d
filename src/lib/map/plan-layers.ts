// Adds every thematic layer's MapLibre layers once (hidden), then only flips
// their visibility; deck.gl marks of the visible layers go to the overlay.
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext, DeckMark } from '../layers/types.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { externalLinks } from '../layers/links.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import type { Slot } from '../layers/types.ts';

const SLOT_BEFORE: Record<Slot, string> = { fill: 'lakes-fill', overlay: 'cities-highlight' };

export function layerContext(key: LayerKey, seat: LayerContext['seat']): LayerContext {
  return { records: PLAN_RECORDS.filter((r) => r.layer === key), seat };
}

/** Adds the layers hidden or shown; the links source fills in once seats are known. */
export function addPlanLayers(map: MapLibreMap, seat: LayerContext['seat'], visible: ReadonlySet<LayerKey>): void {
  const links: GeoJSONSourceSpecification = { type: 'geojson', data: externalLinks(PLAN_RECORDS, seat) };
  map.addSource('planLinks', links);
  for (const layer of PLAN_LAYERS) {
    for (const { slot, layer: spec } of layer.mapLayers(layerContext(layer.key, seat))) {
      const layout = { ...('layout' in spec ? spec.layout : {}), visibility: visible.has(layer.key) ? 'visible' : 'none' };
      map.addLayer({ ...spec, layout } as typeof spec, SLOT_BEFORE[slot]);
    }
  }
}

export function planLayerIds(seat: LayerContext['seat']): Map<LayerKey, string[]> {
  return new Map(PLAN_LAYERS.map((l) => [l.key, l.mapLayers(layerContext(l.key, seat)).map((m) => m.layer.id)]));
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
