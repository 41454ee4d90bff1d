// A lost WebGL context takes deck.gl's buffers with it. The overlay must leave
// before MapLibre tears its style down (a capture listener on the canvas runs
// first); MapLibre rebuilds its style on restore, and deck.gl gets a new
// overlay on the new context once that style has loaded.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** `lost` runs before MapLibre reacts to a lost context; `restored` once the restored context has its style. */
export function watchContext(map: MapLibreMap, lost: () => void, restored: () => void): void {
  map.getCanvas().addEventListener('webglcontextlost', lost, { capture: true });
  map.on('webglcontextrestored', () => {
    if (map.isStyleLoaded()) restored();
    else map.once('style.load', restored);
  });
}
