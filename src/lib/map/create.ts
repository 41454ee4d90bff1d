// Creates the MapLibre map once and exposes the few operations the UI needs.
import { Map as MapLibreMap, NavigationControl, ScaleControl, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { Camera } from '../url/state.ts';
import { countyProps, type CountyProps } from '../geo/schema.ts';
import { FONT_REGULAR, LABEL_LAYERS, labelField } from './basemap.ts';
import { buildStyle } from './style.ts';
import './worker.ts';

export type BBox = [number, number, number, number];

export interface MapOptions {
  container: HTMLElement;
  lang: Lang;
  camera: Camera | null;
  /** Henan's extent, fitted when there is no camera and on reset. */
  bbox: BBox;
  onHover: (county: CountyProps | null, at: { x: number; y: number }) => void;
  onSelect: (county: CountyProps | null) => void;
  onMove: (camera: Camera) => void;
  onError: (message: string) => void;
  onIdle: () => void;
}

export interface MapController {
  readonly map: MapLibreMap;
  setLang(lang: Lang): void;
  select(code: string | null): void;
  resetView(): void;
  destroy(): void;
}

const FIT_PADDING = 24;
const COUNTIES = 'counties';

const readCounty = (f: MapGeoJSONFeature | undefined): CountyProps | null => {
  const parsed = countyProps.safeParse(f?.properties);
  return parsed.success ? parsed.data : null;
};

export function createMap(o: MapOptions): MapController {
  const map = new MapLibreMap({
    container: o.container,
    style: buildStyle(o.lang),
    ...(o.camera
      ? { center: [o.camera.lon, o.camera.lat] as [number, number], zoom: o.camera.zoom }
      : { bounds: o.bbox, fitBoundsOptions: { padding: FIT_PADDING } }),
    minZoom: 4,
    maxZoom: 12,
    maxBounds: [
      [104, 27],
      [123, 41],
    ],
    attributionControl: false,
    localIdeographFontFamily: FONT_REGULAR.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', '),
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');

  let hovered: number | null = null;
  let selected: number | null = null;
  // Style calls made before 'load' would fail; they wait for it instead.
  let loaded = false;
  const pending: (() => void)[] = [];
  const whenLoaded = (fn: () => void) => (loaded ? fn() : pending.push(fn));
  map.once('load', () => {
    loaded = true;
    for (const fn of pending.splice(0)) fn();
  });

  const setState = (id: number | null, key: 'hover' | 'selected', value: boolean) => {
    if (id !== null) map.setFeatureState({ source: COUNTIES, id }, { [key]: value });
  };

  map.on('mousemove', 'counties-fill', (e) => {
    const f = e.features?.[0];
    const id = typeof f?.id === 'number' ? f.id : null;
    if (id !== hovered) {
      setState(hovered, 'hover', false);
      setState(id, 'hover', true);
      hovered = id;
    }
    map.getCanvas().style.cursor = 'pointer';
    o.onHover(readCounty(f), e.point);
  });
  map.on('mouseleave', 'counties-fill', () => {
    setState(hovered, 'hover', false);
    hovered = null;
    map.getCanvas().style.cursor = '';
    o.onHover(null, { x: 0, y: 0 });
  });
  map.on('click', (e: MapMouseEvent) => {
    const f = map.queryRenderedFeatures(e.point, { layers: ['counties-fill'] })[0];
    o.onSelect(readCounty(f));
  });
  map.on('moveend', () => {
    const c = map.getCenter();
    o.onMove({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  });
  map.on('idle', o.onIdle);
  map.on('error', (e) => o.onError(e.error?.message ?? String(e)));

  const applySelect = (code: string | null) => {
    setState(selected, 'selected', false);
    selected = code === null ? null : Number(code);
    setState(selected, 'selected', true);
  };

  return {
    map,
    setLang(lang) {
      whenLoaded(() => {
        for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', labelField(lang));
      });
    },
    select(code) {
      whenLoaded(() => applySelect(code));
    },
    resetView() {
      map.fitBounds(o.bbox, { padding: FIT_PADDING });
    },
    destroy() {
      map.remove();
    },
  };
}
