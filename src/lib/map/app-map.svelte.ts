// The atlas's one on-screen map, made as soon as the link is read: before the page's strings and
// its first render (main.ts), in an element of its own that MapView later puts in its place.
// MapLibre's start (the WebGL context, the style, the worker fetching and tiling the geometry)
// then runs while Svelte draws the page, not after it.
import type { AppState } from '../state/app.svelte.ts';
import { HENAN_BBOX } from '../geo/manifest.ts';
import { RADIUS } from '../around/around.ts';
import { createMap, type MapController } from './create.ts';
import { layerSourcesReady, loadLayerSources } from './plan-layers.ts';
import { loadSpecs, specsReady } from './specs.ts';

export class AppMap {
  /** MapLibre's container: fills the window until MapView puts it in the page's map area. */
  readonly element: HTMLDivElement;
  controller: MapController | null = $state.raw(null);
  /** No WebGL: the map could not be made. */
  failed = $state(false);
  contextLost = $state(false);
  /** Between a move's start and the idle after it: tests wait on this to compare settled frames. */
  moving = $state(false);

  constructor(app: AppState, host: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'atlas-map-canvas';
    host.append(this.element);
    // A link that opens layers beyond the default ones waits for their map layers and the data they
    // load on first use, so the first idle shows them.
    const layers = app.visible;
    if (specsReady(layers) && layerSourcesReady(layers)) this.make(app);
    else Promise.all([loadSpecs(layers), loadLayerSources(layers)]).finally(() => this.make(app)).catch(() => undefined);
  }

  private make(app: AppState): void {
    try {
      this.controller = createMap({
        container: this.element,
        lang: app.lang,
        camera: app.camera,
        bbox: HENAN_BBOX,
        layers: app.visible,
        onHover: (picked, at) => (app.hover = picked ? { picked, ...at } : null),
        onSelect: (picked, at) => {
          // In pick mode a click sets the around-a-place centre instead of opening a card.
          if (app.aroundPick) {
            app.around = { centre: { kind: 'point', lon: Math.round(at[0] * 1e4) / 1e4, lat: Math.round(at[1] * 1e4) / 1e4 }, km: app.around?.km ?? RADIUS.initial };
            app.aroundPick = false;
          } else app.select(picked);
        },
        onMove: (camera) => (app.camera = camera),
        onBounds: (bounds, size) => {
          app.bounds = bounds;
          app.mapSize = size;
        },
        onError: (message) => console.warn(`map: ${message}`),
        // Once, however many of the layers' loads failed together.
        onDataFailed: () => {
          if (!app.notes.some((n) => n.key === 'note.layerFailed')) app.notes.push({ key: 'note.layerFailed', value: '' });
        },
        onIdle: () => {
          if (!app.mapIdle) performance.mark('atlas-map-idle');
          app.mapIdle = true;
          this.moving = false;
        },
        onMoveStart: () => (this.moving = true),
        onContextLost: (lost) => (this.contextLost = lost),
      });
    } catch {
      this.failed = true;
    }
  }
}
