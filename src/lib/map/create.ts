// Creates the MapLibre map once and exposes the few operations the UI needs.
import { Map as MapLibreMap, type PaddingOptions } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { Camera } from '../url/state.ts';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext } from '../layers/types.ts';
import { CLOSER_FROM, FONT_REGULAR, LABEL_LAYERS, labelField } from './basemap.ts';
import { buildStyle } from './style.ts';
import { deckBefore, deckMarks, fillSources, loadLayerSources, PLAN_NAME_LABELS, setAround, setFilterResults, type Extra } from './plan-layers.ts';
import { ShownLayers } from './shown-layers.ts';
import { loadSpecs, specsReady } from './specs.ts';
import { Picking, type Picked } from './picking.ts';
import { watchContext } from './context-loss.ts';
import { DeckOverlay } from './deck-overlay.ts';
import { cameraMoves, containerSize } from './camera-moves.ts';
import { fittedZoom } from './camera.ts';
import { MAP_LOCALE, MapControls } from './controls.ts';
import './worker.ts';
import { CITY_ZOOM, FIT_PADDING, ideographFamily, VIEW_LIMITS } from './view-options.ts';
import { loadRecords, needsRecords } from '../plan/records.ts';

export type BBox = [number, number, number, number];
export type { Picked, Unit } from './picking.ts';

export interface MapOptions {
  container: HTMLElement;
  lang: Lang;
  camera: Camera | null;
  /** Henan's extent, fitted when there is no camera and on reset. */
  bbox: BBox;
  layers: ReadonlySet<LayerKey>;
  onHover: (picked: Picked | null, at: { x: number; y: number }) => void;
  onSelect: (picked: Picked | null, at: [number, number]) => void;
  onMove: (camera: Camera) => void;
  /** The visible extent, after load and after every move. */
  onBounds?: (bounds: BBox, size: { width: number; height: number }) => void;
  onError: (message: string) => void;
  /** A shown layer's data (its map layers, sources or records) could not be loaded. */
  onDataFailed?: () => void;
  onIdle: () => void;
  onMoveStart?: () => void;
  /** The WebGL context was lost (true) or restored and everything drawn again (false). */
  onContextLost?: (lost: boolean) => void;
  /** The map's accessible name, in the UI's language. */
  label?: string;
  /** Render once for a snapshot: no interaction or controls, a readable canvas. */
  still?: { pixelRatio: number; maxCanvas: number; padding: { top: number; bottom: number; left: number; right: number } };
}

export interface MapController {
  readonly map: MapLibreMap;
  setLang(lang: Lang, label: string): void;
  setLayers(layers: ReadonlySet<LayerKey>, lang: Lang): void;
  /** Points of the filter's results, drawn on top of every plan layer. */
  setFilterResults(points: [number, number][]): void;
  /** The around-a-place circle and centre (null: none). */
  setAround(shape: { circle: import('geojson').Feature; centre: [number, number] } | null): void;
  /** City seats and external places, once loaded: links and corridors need them. */
  setSeats(seat: LayerContext['seat'], lang: Lang): void;
  select(picked: Picked | null): void;
  flyTo(point: [number, number], zoom: number): void;
  /** Moves to exactly this camera, or to all of Henan (keeping `below` pixels free at the bottom). */
  jumpTo(camera: Camera | null, below?: number): void;
  resetView(): void;
  /**
   * The space panels cover at each edge: the camera keeps what it shows inside the rest. While
   * the view is the fitted view of Henan (at start without a camera, after reset), it is fitted again.
   */
  setPadding(padding: PaddingOptions): void;
  /** Outlines these cities and counties (an open plan feature's members). */
  highlight(codes: { cities: string[]; counties: string[] }): void;
  /** Shows this extent in the uncovered part of the map. */
  fit(bounds: BBox): void;
  /** Moves the map just enough that this point is in the uncovered part, if it is not. */
  reveal(point: [number, number]): void;
  /** Resolves once the style, the deck.gl marks and every tile are drawn. */
  rendered(): Promise<void>;
  destroy(): void;
}

export { CITY_ZOOM };

export function createMap(o: MapOptions): MapController {
  const still = o.still;
  // The base map's layers drawn only closer in join the first style if the map opens near their zoom.
  const startZoom = o.camera?.zoom ?? fittedZoom(o.bbox, { width: o.container.clientWidth, height: o.container.clientHeight }, still?.padding.top ?? FIT_PADDING);
  const firstExtras = new Set<Extra>(startZoom >= CLOSER_FROM ? ['closer'] : []);
  const style = buildStyle(o.lang, o.layers, undefined, firstExtras);
  // What the page did before the map began is the app's own start-up: the benchmark reads it.
  if (!still) performance.mark('atlas-map-create');
  const map = new MapLibreMap({
    container: o.container,
    style,
    ...(o.camera
      ? { center: [o.camera.lon, o.camera.lat] as [number, number], zoom: o.camera.zoom }
      : { bounds: o.bbox, fitBoundsOptions: { padding: still?.padding ?? FIT_PADDING } }),
    ...(still
      ? {
          interactive: false,
          pixelRatio: still.pixelRatio,
          maxCanvasSize: [still.maxCanvas, still.maxCanvas] as [number, number],
          fadeDuration: 0,
          // No antialiasing, as on screen: the file matches what the presenter saw.
          canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
        }
      : {}),
    ...VIEW_LIMITS,
    attributionControl: false,
    locale: { ...MAP_LOCALE[o.lang] },
    localIdeographFontFamily: ideographFamily(FONT_REGULAR),
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  // Software WebGL runs every queued frame when the pixels are read back, so a still render that
  // painted each frame while its tiles came in paid for all of them; it paints only the last one.
  let paint = !still;
  if (still) {
    const painter = map.painter;
    const render = painter.render.bind(painter);
    painter.render = (...args) => {
      if (paint) render(...args);
    };
  }
  const controls = still ? null : new MapControls(map);
  controls?.setLang(o.lang, o.label ?? '');

  const initial = new Set(style.layers.map((l) => l.id));
  let deck = new DeckOverlay(map, deckBefore((id) => initial.has(id)));
  let seat: LayerContext['seat'] = () => undefined;
  let layers = o.layers;
  let currentLang = o.lang;
  // A large filter result, drawn by deck.gl beside the layers' own marks.
  const allMarks = () => deckMarks(seat, layers);
  const shown = new ShownLayers(map, o.layers, firstExtras);
  let deckShown: Promise<void> = Promise.resolve();
  const bounds = (): BBox => map.getBounds().toArray().flat() as BBox;
  const size = () => containerSize(map);
  const camera = cameraMoves(map, o.bbox, !o.camera);
  const picking = new Picking(map, () => shown.use('outline', currentLang));
  // Whether the filter's results and the around-a-place circle have anything on the map.
  const drawn = { filter: false, around: false };
  // Style calls made before 'load' would fail; they wait for it instead.
  let loaded = false;
  const pending: (() => void)[] = [];
  const whenLoaded = (fn: () => void) => (loaded ? fn() : pending.push(fn));
  const loadedOnce = new Promise<void>((done) => pending.push(done));
  map.once('load', () => {
    loaded = true;
    for (const fn of pending.splice(0)) fn();
  });

  map.on('mousemove', (e) => {
    if (!loaded) return;
    const p = picking.pick(e.point);
    picking.hover(p);
    map.getCanvas().style.cursor = p ? 'pointer' : '';
    o.onHover(p, e.point);
  });
  map.on('mouseout', () => {
    picking.hover(null);
    o.onHover(null, { x: 0, y: 0 });
  });
  map.on('click', (e) => o.onSelect(picking.pick(e.point), [e.lngLat.lng, e.lngLat.lat]));
  let closer = firstExtras.has('closer');
  map.on('zoom', () => {
    if (closer || map.getZoom() < CLOSER_FROM) return;
    closer = true;
    whenLoaded(() => shown.use('closer', currentLang));
  });
  map.on('moveend', () => {
    const c = map.getCenter();
    o.onMove({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    o.onBounds?.(bounds(), size());
  });
  map.once('load', () => o.onBounds?.(bounds(), size()));
  map.on('idle', o.onIdle);
  map.on('movestart', () => o.onMoveStart?.());
  map.on('error', (e) => o.onError(e.error?.message ?? String(e)));
  watchContext(
    map,
    () => {
      deck.abandon();
      o.onContextLost?.(true);
    },
    () => {
      picking.restore();
      deck = new DeckOverlay(map, deckBefore((id) => Boolean(map.getLayer(id))));
      deckShown = deck.show(allMarks(), currentLang);
      void deckShown.then(() => {
        map.triggerRepaint();
        map.once('idle', () => o.onContextLost?.(false));
      });
    },
  );

  return {
    map,
    ...camera,
    setLang(lang, label) {
      currentLang = lang;
      controls?.setLang(lang, label);
      whenLoaded(() => {
        for (const id of [...LABEL_LAYERS, ...PLAN_NAME_LABELS]) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', labelField(lang));
      });
    },
    setLayers(next, lang) {
      layers = next;
      const show = () =>
        whenLoaded(() => {
          currentLang = lang;
          shown.show(layers, lang);
          deckShown = deck.show(allMarks(), lang);
        });
      // A layer beyond the first view's waits for its specs; its sources are filled once it is in.
      const specs = specsReady(next) ? undefined : loadSpecs(next);
      if (specs) specs.then(show, () => undefined);
      else show();
      Promise.all([loadLayerSources(next), specs]).then(
        ([fresh]) => whenLoaded(() => fillSources(map, fresh)),
        () => o.onDataFailed?.(),
      );
      // A layer beyond the first view's draws its deck.gl marks from records loaded on first use.
      if (needsRecords(next)) {
        loadRecords().then(
          () => whenLoaded(() => (deckShown = deck.show(allMarks(), currentLang))),
          () => o.onDataFailed?.(),
        );
      }
    },
    // Nothing to clear is left alone: a GeoJSON source's new data, even empty, re-tiles it and
    // redraws, which at start pushed the first idle back.
    setFilterResults(points) {
      if (!points.length && !drawn.filter) return;
      drawn.filter = points.length > 0;
      whenLoaded(() => {
        shown.use('filter', currentLang);
        setFilterResults(map, points);
      });
    },
    setAround(shape) {
      if (!shape && !drawn.around) return;
      drawn.around = shape !== null;
      whenLoaded(() => {
        shown.use('around', currentLang);
        setAround(map, shape);
      });
    },
    setSeats(next, lang) {
      seat = next;
      whenLoaded(() => {
        deckShown = deck.show(allMarks(), lang);
      });
    },
    select(p) {
      whenLoaded(() => picking.select(p));
    },
    highlight(codes) {
      whenLoaded(() => picking.highlight(codes.cities, codes.counties));
    },
    async rendered() {
      await loadedOnce;
      await deckShown;
      // A repaint after the deck.gl layers exist, then the idle that follows it: everything is
      // loaded. A still map then paints that state once.
      const settled = () =>
        new Promise<void>((done) => {
          map.once('idle', () => done());
          map.triggerRepaint();
        });
      await settled();
      if (!paint) {
        paint = true;
        await settled();
      }
    },
    destroy() {
      deck.destroy();
      map.remove();
    },
  };
}
