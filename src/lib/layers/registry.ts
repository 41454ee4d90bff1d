// Every thematic layer, in drawing and legend order.
import type { LayerKey } from '../plan/schema.ts';
import type { PlanLayer } from './types.ts';
import { beltLayer } from './belt/index.ts';
import { zonesLayer } from './zones/index.ts';
import { metroLayer } from './metro/index.ts';
import { corridorsLayer } from './corridors/index.ts';
import { countiesLayer } from './counties/index.ts';
import { servicesLayer } from './services/index.ts';
import { tourismLayer } from './tourism/index.ts';
import { revolutionaryLayer } from './revolutionary/index.ts';
import { industriesLayer } from './industries/index.ts';
import { devZonesLayer } from './devzones/index.ts';
import { hubsLayer } from './hubs/index.ts';

export const PLAN_LAYERS: readonly PlanLayer[] = [
  zonesLayer,
  metroLayer,
  servicesLayer,
  tourismLayer,
  beltLayer,
  corridorsLayer,
  countiesLayer,
  industriesLayer,
  hubsLayer,
  devZonesLayer,
  revolutionaryLayer,
];

export { DEFAULT_LAYERS } from './defaults.ts';

export const layerByKey = (key: LayerKey): PlanLayer => PLAN_LAYERS.find((l) => l.key === key)!;
