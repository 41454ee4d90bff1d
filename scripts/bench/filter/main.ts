// Bench page for filter-100k: N synthetic zone points over Henan. ?mode=gpu
// draws them with deck.gl in one interleaved overlay and changes the filter
// through DataFilterExtension (the GPU skips filtered points); ?mode=js
// re-filters the array and hands deck.gl the new data (the baseline);
// ?mode=global draws them as a MapLibre circle layer whose filter reads a
// global-state property. window.bench.setFilter resolves with the ms from the
// change to the next rendered frame (for MapLibre: the next idle, once the
// re-filtered tiles are drawn).
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const mode = (['js', 'global', 'split'] as const).find((m) => m === params.get('mode')) ?? 'gpu';
const n = Number(params.get('n') ?? 100_000);
const CATEGORIES = 10;

// A fixed pseudo-random sequence, so both modes draw the same points.
let seed = 42;
const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
type Pt = { p: [number, number]; c: number };
const all: Pt[] = Array.from({ length: n }, () => ({ p: [110.4 + rand() * 6.2, 31.4 + rand() * 4.9], c: Math.floor(rand() * CATEGORIES) }));

const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef' } }] },
  bounds: [110.36, 31.38, 116.65, 36.37],
});

let rendered: (() => void) | null = null;
const base = { id: 'points', getPosition: (d: Pt) => d.p, getFillColor: [170, 50, 40] as [number, number, number], radiusUnits: 'pixels' as const, getRadius: 2 };
// Created once: a new extension instance would re-initialise the layer (and its shaders).
const extensions = [new DataFilterExtension({ categorySize: 1 })];
const category = (d: Pt) => d.c;
// split: one layer per category, built once; a change only flips which is visible.
const parts = mode === 'split' ? Array.from({ length: CATEGORIES }, (_, c) => all.filter((d) => d.c === c)) : [];
const layers = (cat: number) =>
  mode === 'gpu'
    ? [new ScatterplotLayer<Pt, DataFilterExtensionProps<Pt>>({ ...base, data: all, getFilterCategory: category, filterCategories: [cat], extensions })]
    : mode === 'split'
      ? parts.map((data, c) => new ScatterplotLayer<Pt>({ ...base, id: `points-${c}`, data, visible: c === cat }))
      : [new ScatterplotLayer<Pt>({ ...base, data: all.filter((d) => d.c === cat) })];

const overlay = new MapLibreOverlay({ interleaved: true, layers: layers(0), onAfterRender: () => rendered?.() });
if (mode === 'global') {
  map.once('load', () => {
    map.setGlobalStateProperty('cat', 0);
    map.addSource('points', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: all.map((d) => ({ type: 'Feature', properties: { c: d.c }, geometry: { type: 'Point', coordinates: d.p } })) },
    });
    map.addLayer({
      id: 'points',
      type: 'circle',
      source: 'points',
      filter: ['==', ['get', 'c'], ['global-state', 'cat']],
      paint: { 'circle-radius': 2, 'circle-color': '#aa3228' },
    });
  });
} else {
  map.addControl(overlay);
}

declare global {
  interface Window {
    bench: { ready: Promise<void>; setFilter: (cat: number) => Promise<number>; drawn: () => { count: number; categories: number[] } | null };
  }
}
window.bench = {
  // What MapLibre drew after a change, so the run can check the timing is of a correct frame.
  drawn: () => {
    if (mode !== 'global') return null;
    const features = map.queryRenderedFeatures({ layers: ['points'] });
    return { count: features.length, categories: [...new Set(features.map((f) => Number(f.properties.c)))] };
  },
  ready: new Promise((done) => map.once('idle', () => setTimeout(done, 500))),
  setFilter: (cat) =>
    new Promise((done) => {
      const t0 = performance.now();
      rendered = () => {
        rendered = null;
        done(performance.now() - t0);
      };
      if (mode === 'global') {
        // Idle can come before the re-filtered tiles: wait until a point of the new category is drawn.
        const probe = all.find((d) => d.c === cat % CATEGORIES)!;
        const drawnYet = () => {
          const { x, y } = map.project(probe.p);
          return map.queryRenderedFeatures([[x - 1, y - 1], [x + 1, y + 1]], { layers: ['points'] }).some((f) => f.properties.c === probe.c);
        };
        const onIdle = () => (drawnYet() ? rendered?.() : map.once('idle', onIdle));
        map.once('idle', onIdle);
        map.setGlobalStateProperty('cat', cat % CATEGORIES);
      } else {
        overlay.setProps({ layers: layers(cat % CATEGORIES) });
      }
    }),
};
