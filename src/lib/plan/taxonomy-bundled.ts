import raw from '../../../data/taxonomy/industries.json';
import { taxonomyFile, type Taxonomy } from './taxonomy.ts';

export const TAXONOMY: Taxonomy = taxonomyFile.parse(raw);
