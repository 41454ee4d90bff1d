import type { LayerKey } from '../plan/schema.ts';

/** The layers a first visit shows: the manufacturing plan's headline structure. */
export const DEFAULT_LAYERS: readonly LayerKey[] = ['belt', 'zones'];
