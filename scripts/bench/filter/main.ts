// Bench page for filter-100k: N synthetic zone points over Henan, drawn by
// deck.gl in one interleaved overlay. ?mode=gpu changes the filter through
// DataFilterExtension (the GPU skips filtered points); ?mode=js re-filters the
// array and hands deck.gl the new data (the baseline). window.bench.setFilter
// resolves with the ms from the change to the next rendered frame.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'js' ? 'js' : 'gpu';
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
const layer = (cat: number) =>
  mode === 'gpu'
    ? new ScatterplotLayer<Pt, DataFilterExtensionProps<Pt>>({ ...base, data: all, getFilterCategory: category, filterCategories: [cat], extensions })
    : new ScatterplotLayer<Pt>({ ...base, data: all.filter((d) => d.c === cat) });

const overlay = new MapLibreOverlay({ interleaved: true, layers: [layer(0)], onAfterRender: () => rendered?.() });
map.addControl(overlay);

declare global {
  interface Window {
    bench: { ready: Promise<void>; setFilter: (cat: number) => Promise<number> };
  }
}
window.bench = {
  ready: new Promise((done) => map.once('idle', () => setTimeout(done, 500))),
  setFilter: (cat) =>
    new Promise((done) => {
      const t0 = performance.now();
      rendered = () => {
        rendered = null;
        done(performance.now() - t0);
      };
      overlay.setProps({ layers: [layer(cat % CATEGORIES)] });
    }),
};
