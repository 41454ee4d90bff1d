// The benchmark's same-layers baseline: the app's own style with the default
// layers (setup.json, written by the bench from the app's code at every
// run) in a plain MapLibre map, at the camera the app ends up with, with the
// app's hover behaviour in plain code and none of the app's other code.
//   ?pad=top,right,bottom,left  the space the app's panels cover (read from the app in the same run)
//   ?box=left,top,width,height  where the app's map element sits on the page
//   ?map=zoom/lat/lon           a camera, as in the app's links; without it Henan is fitted as the app fits it
//   ?setup=NAME                 NAME.json instead of setup.json (layer-cost.ts writes variants of the style)
import { Map as MapLibreMap, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { SameLayersSetup } from './setup.ts';
import { CITY_ZOOM, FIT_PADDING, VIEW_LIMITS } from '../../../src/lib/map/view-options.ts';

declare global {
  interface Window {
    /** Page coordinates (CSS pixels) of a point, as the app's window.atlasView.project. */
    benchView?: {
      project(lon: number, lat: number): { x: number; y: number };
      /** ms per frame of `n` repaints of the settled view, the GPU's work included. */
      frames(n: number): Promise<number>;
    };
  }
}

setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const numbers = (key: string, sep: string): number[] | null => q.get(key)?.split(sep).map(Number) ?? null;
const container = document.getElementById('map')!;
const box = numbers('box', ',');
if (box) Object.assign(container.style, { left: `${box[0]}px`, top: `${box[1]}px`, width: `${box[2]}px`, height: `${box[3]}px` });
const [top, right, bottom, left] = numbers('pad', ',') ?? [0, 0, 0, 0];
const camera = numbers('map', '/');

const name = /^[a-z0-9-]+$/.test(q.get('setup') ?? '') ? q.get('setup') : 'setup';
const setup = (await (await fetch(`./${name}.json`)).json()) as SameLayersSetup;
const { style, bbox } = setup;
for (const source of Object.values(style.sources)) {
  if (source.type === 'geojson' && typeof source.data === 'string') source.data = new URL(source.data, location.href).href;
}

performance.mark('atlas-map-create');
const map = new MapLibreMap({
  container,
  style,
  ...(camera ? { center: [camera[2], camera[1]] as [number, number], zoom: camera[0] } : { bounds: bbox, fitBoundsOptions: { padding: FIT_PADDING } }),
  ...VIEW_LIMITS,
  attributionControl: false,
  localIdeographFontFamily: setup.localIdeographFontFamily,
  dragRotate: false,
  pitchWithRotate: false,
});
map.touchZoomRotate.disableRotation();
// The app's camera then keeps Henan inside the part of the map its panels leave free.
map.setPadding({ top, right, bottom, left });
if (!camera) {
  const fit = map.cameraForBounds(bbox, { padding: FIT_PADDING });
  if (fit) map.jumpTo(fit);
}

// Hover as the app does it: the unit under the pointer gets feature-state `hover`.
let hovered: { source: string; id: number } | null = null;
let loaded = false;
map.once('load', () => (loaded = true));
map.on('mousemove', (e) => {
  if (!loaded) return;
  const city = map.getZoom() < CITY_ZOOM;
  const f: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(e.point, { layers: [city ? 'cities-highlight' : 'counties-fill'] })[0];
  const code = f?.properties?.adcode;
  const next = typeof code === 'string' ? { source: city ? 'cities' : 'counties', id: Number(code) } : null;
  if (next?.source === hovered?.source && next?.id === hovered?.id) return;
  if (hovered) map.setFeatureState(hovered, { hover: false });
  if (next) map.setFeatureState(next, { hover: true });
  hovered = next;
});

map.once('idle', () => performance.mark('atlas-map-idle'));
window.benchView = {
  project(lon, lat) {
    const p = map.project([lon, lat]);
    const r = container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  },
  async frames(n) {
    const gl = map.getCanvas().getContext('webgl2')!;
    gl.finish();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      await new Promise<void>((done) => {
        map.once('render', () => done());
        map.triggerRepaint();
      });
      gl.finish();
    }
    return (performance.now() - t0) / n;
  },
};
