// Source data that only a layer hidden at start needs (the zone catalogue) is
// loaded the first time the layer is shown: the style starts with the source
// empty and the map fills it in. A link or snapshot that shows the layer from
// the start waits for it, so its first frame is complete.
import type { FeatureCollection, GeoJSON } from 'geojson';
import type { LayerKey } from '../plan/keys.ts';
import type { PlanLayer } from './types.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const loaded = new Map<string, GeoJSON>();
const pending = new Map<LayerKey, Promise<string[]>>();

/** A lazily loaded source's data, or an empty collection until it is loaded. */
export const sourceData = (id: string): GeoJSON => loaded.get(id) ?? EMPTY;

/** Whether the shown layers have every source they load on first use (none to load, or loaded). */
export const sourcesReady = (layers: readonly PlanLayer[], shown: ReadonlySet<LayerKey>): boolean =>
  layers.every((l) => !l.loadSources || !shown.has(l.key) || pending.has(l.key));

/** Loads what the shown layers need; resolves with the ids of sources loaded by this call. */
export async function loadSources(layers: readonly PlanLayer[], shown: ReadonlySet<LayerKey>): Promise<string[]> {
  const todo = layers.filter((l) => l.loadSources && shown.has(l.key));
  const runs = todo.map((l) => {
    const known = pending.get(l.key);
    if (known) return known.then(() => []);
    const run = l.loadSources!().then((sources) => {
      for (const [id, data] of Object.entries(sources)) loaded.set(id, data);
      return Object.keys(sources);
    });
    // A failed load may be tried again when the layer is next shown.
    pending.set(l.key, run.catch(() => (pending.delete(l.key), [])));
    return run;
  });
  return (await Promise.all(runs)).flat();
}
