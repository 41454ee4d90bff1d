// MapLibre finds its worker next to its own module file, which a bundle moves;
// point it at the worker file Vite emits instead.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
// The worker starts as soon as MapLibre's code has run, not when the map is made: the map waits
// for the rest of the app's code, the link's strings and the page's first render, and in the
// meantime the worker loads and compiles its script on the other core. main.ts imports this
// module first, so nothing of the app's runs before it.
prewarm();
