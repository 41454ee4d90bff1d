// The plan data as the app bundles it. It passed the build-time check; parsing
// again here gives the defaults and types.
import { planFile, type LayerKey, type PlanRecord } from './schema.ts';

const files = import.meta.glob<unknown>('../../../data/plan/*.json', { eager: true, import: 'default' });

export const PLAN_RECORDS: readonly PlanRecord[] = Object.keys(files)
  .sort()
  .flatMap((f) => planFile.parse(files[f]));

export const recordsOf = (layer: LayerKey): PlanRecord[] => PLAN_RECORDS.filter((r) => r.layer === layer);
