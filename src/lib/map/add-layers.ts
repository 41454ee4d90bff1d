// Layers join the map the first time they are shown, each where the style that
// holds them would draw it. A first visit's style holds only what it shows: a
// hidden layer costs MapLibre memory (its parsed paint and layout, its source)
// from the start, about 0.3 MiB of JS heap for all of them. Adding one later
// re-tiles its source, as flipping its visibility does.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** What of a map adding layers needs (MapLibre's Map has it; tests give a stand-in). */
export interface LayerHost {
  getLayer(id: string): unknown;
  getSource(id: string): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  addLayer(layer: LayerSpecification, before?: string): unknown;
}

/**
 * Adds the layers of `style` the map does not have, with the sources they read, each before the
 * layer that follows it in `style`. `style` must hold every layer the map has that it would draw
 * in between (buildStyle with everything shown so far), or a new layer could land above one that
 * the order puts over it.
 */
export function addMissing(map: LayerHost, style: StyleSpecification): string[] {
  const added: string[] = [];
  let next: string | undefined;
  for (let i = style.layers.length - 1; i >= 0; i--) {
    const layer = style.layers[i];
    if (!map.getLayer(layer.id)) {
      const source = 'source' in layer && typeof layer.source === 'string' ? layer.source : null;
      if (source && !map.getSource(source)) map.addSource(source, style.sources[source]);
      map.addLayer(layer, next);
      added.push(layer.id);
    }
    next = layer.id;
  }
  return added.reverse();
}
