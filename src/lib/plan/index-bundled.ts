// The plan index as the app bundles it (checked by data/index.test.ts).
import raw from '../../../data/index/statements.json';
import type { Statement } from './index-schema.ts';

export const STATEMENTS: readonly Statement[] = raw as Statement[];

/** What the plans say without a place the atlas can draw: province-wide and basin-wide items, areas without a list. */
export const LISTED = STATEMENTS.filter((s) => s.shown === 'listed');
