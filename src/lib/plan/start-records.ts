// The records of the layers a first visit shows (DEFAULT_LAYERS). The build
// replaces this module with those records as plain data (vite.config.ts,
// bundledData), so the first view carries only them; outside Vite they are
// taken from all records.
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { PLAN_RECORDS } from './bundled.ts';
import type { PlanRecord } from './schema.ts';

export const START_RECORDS: readonly PlanRecord[] = PLAN_RECORDS.filter((r) => DEFAULT_LAYERS.includes(r.layer));
