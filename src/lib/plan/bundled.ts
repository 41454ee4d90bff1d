// The plan data as the app bundles it: checked against the schema and completed
// with its defaults when the app is built. The build replaces this module with
// the checked records as plain data (vite.config.ts, bundledData), so the
// browser never loads the schema code; outside Vite it reads them from disk.
import { loadPlan } from './node-load.ts';
import type { PlanRecord } from './schema.ts';

export const PLAN_RECORDS: readonly PlanRecord[] = loadPlan(`${import.meta.dirname}/../../..`);
