// The plan data as the app bundles it. It passed the build-time check; parsing
// again here gives the defaults and types.
import { planFile, type PlanRecord } from './schema.ts';

const files = import.meta.glob<unknown>('../../../data/plan/*.json', { eager: true, import: 'default' });

export const PLAN_RECORDS: readonly PlanRecord[] = Object.keys(files)
  .sort()
  .flatMap((f) => planFile.parse(files[f]));
