// The plan layers' MapLibre layers and the links between seats, computed from
// all records at build time (vite.config.ts) and, outside Vite, by
// plan-specs.ts and plan-specs-rest.ts: the first view's layers in the start
// chunk, the others in a chunk of their own (specs.ts).
import type { FeatureCollection } from 'geojson';
import type { LayerKey } from '../plan/keys.ts';
import type { PlanRecord } from '../plan/schema.ts';
import type { LayerContext, MapLayer } from '../layers/types.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { externalLinks } from '../layers/links.ts';

export interface PlanSpecs {
  /** Every plan layer's map layers, in registry order. */
  layers: { key: LayerKey; slot: MapLayer['slot']; spec: MapLayer['layer'] }[];
  /** The lines to places outside Henan, between the seats file's positions. */
  links: FeatureCollection;
}

export async function planSpecs(records: readonly PlanRecord[], seat: LayerContext['seat']): Promise<PlanSpecs> {
  const none = () => undefined;
  const builders = await Promise.all(PLAN_LAYERS.map((l) => l.mapLayers()));
  return {
    layers: PLAN_LAYERS.flatMap((l, i) =>
      builders[i]({ records: records.filter((r) => r.layer === l.key), seat: none }).map((m) => ({ key: l.key, slot: m.slot, spec: m.layer })),
    ),
    links: externalLinks(records, seat),
  };
}

/** The specs of the `start` layers with the links (what a first view needs), and the other layers' specs. */
export function splitSpecs(specs: PlanSpecs, start: readonly LayerKey[]): { start: PlanSpecs; rest: PlanSpecs['layers'] } {
  return {
    start: { layers: specs.layers.filter((l) => start.includes(l.key)), links: specs.links },
    rest: specs.layers.filter((l) => !start.includes(l.key)),
  };
}
