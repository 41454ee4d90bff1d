// MapLibre finds its worker next to its own module file, which a bundle moves;
// point it at the worker file Vite emits instead.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
