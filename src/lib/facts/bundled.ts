import raw from '../../../data/counties/county-industries.json';
import type { CountyIndustry } from './county-industries.ts';

// Checked when built (data tests; bundled.test.ts: parsing would change nothing).
export const COUNTY_INDUSTRIES: readonly CountyIndustry[] = raw as CountyIndustry[];

export const industriesOf = (code: string): CountyIndustry[] => COUNTY_INDUSTRIES.filter((r) => r.code === code);
