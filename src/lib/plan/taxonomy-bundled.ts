import raw from '../../../data/taxonomy/industries.json';
import type { Taxonomy } from './taxonomy.ts';

// Checked when built (bundled.test.ts: parsing would change nothing).
export const TAXONOMY: Taxonomy = raw as Taxonomy;
