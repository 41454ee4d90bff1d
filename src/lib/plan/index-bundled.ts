// The plan index as the app bundles it (checked by data/index.test.ts; loaded with the lists that show it).
import type { Statement } from './index-schema.ts';
import { STATEMENTS_DATA } from './statements-data.ts';

export const STATEMENTS: readonly Statement[] = STATEMENTS_DATA;

/** What the plans say without a place the atlas can draw: province-wide and basin-wide items, areas without a list. */
export const LISTED = STATEMENTS.filter((s) => s.shown === 'listed');
