// The plan layers' map layers the app can draw so far: those of the default
// layers come with the first view; the others' load the first time a link, a
// scene or a click shows one of them. A style is built only from loaded specs,
// so whatever shows a layer waits for loadSpecs first.
import type { LayerKey } from '../plan/schema.ts';
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { PLAN_SPECS } from './plan-specs.ts';
import type { PlanSpecs } from './plan-specs-build.ts';

let layers: PlanSpecs['layers'] = PLAN_SPECS.layers;
let rest: Promise<void> | null = null;
let all = false;

/** The loaded layers' specs, in registry order. */
export const specLayers = (): PlanSpecs['layers'] => layers;
/** The lines to places outside Henan. */
export const planLinks = (): PlanSpecs['links'] => PLAN_SPECS.links;

export const specsReady = (keys: Iterable<LayerKey>): boolean => all || [...keys].every((k) => DEFAULT_LAYERS.includes(k));

export function loadSpecs(keys: Iterable<LayerKey>): Promise<void> {
  if (specsReady(keys)) return Promise.resolve();
  rest ??= import('./plan-specs-rest.ts').then(
    ({ REST_SPECS }) => {
      const loaded = [...layers, ...REST_SPECS];
      layers = PLAN_LAYERS.flatMap((l) => loaded.filter((s) => s.key === l.key));
      all = true;
    },
    (e: unknown) => {
      rest = null;
      throw e;
    },
  );
  return rest;
}
