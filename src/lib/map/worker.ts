// MapLibre finds its worker next to its own module file, which a bundle moves;
// point it at the worker file Vite emits instead.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now rather than when the map is made. The map waits
 * for the link's strings and the first render of the page; a worker started
 * with the page loads and compiles its script on the other core meanwhile.
 */
export const startWorker = (): void => prewarm();
