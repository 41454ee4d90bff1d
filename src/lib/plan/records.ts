// The plan records the running app holds: at first those of the layers a first
// visit shows, then all of them, loaded the first time anything else needs them
// (another layer shown, a card, a list, a table, an export). Readers re-run when
// the rest arrives. The first view's records carry no summaries (vite.config.ts):
// whatever shows or saves one loads all records first.
import { SvelteMap } from 'svelte/reactivity';
import type { PlanRecord } from './schema.ts';
import type { LayerKey } from './keys.ts';
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { START_RECORDS } from './start-records.ts';

// A reactive map, not a rune: this module also runs outside Svelte (tests, scripts).
const held = new SvelteMap<'all', readonly PlanRecord[]>();
let loading: Promise<readonly PlanRecord[]> | null = null;

/** The records loaded so far: all of them once `loadRecords` has resolved. */
export const planRecords = (): readonly PlanRecord[] => held.get('all') ?? START_RECORDS;

export function loadRecords(): Promise<readonly PlanRecord[]> {
  loading ??= import('./bundled.ts').then(
    (m) => {
      held.set('all', m.PLAN_RECORDS);
      return m.PLAN_RECORDS;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether showing these layers needs records beyond those loaded so far. */
export const needsRecords = (keys: Iterable<LayerKey>): boolean => !held.has('all') && [...keys].some((k) => !DEFAULT_LAYERS.includes(k));
