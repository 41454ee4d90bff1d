// Figures the first view shows about data it loads only on first use. The build
// replaces this module with the figures themselves (vite.config.ts, dataSummary),
// so the browser gets a few numbers instead of the data; outside Vite (type
// checks, plain Node) they are computed here from the same files.
import { buildSummary } from './build.ts';
import type { Summary } from './types.ts';

const s: Summary = buildSummary(`${import.meta.dirname}/../../..`);

export const listedCount: Summary['listedCount'] = s.listedCount;
export const zoneCoverage: Summary['zoneCoverage'] = s.zoneCoverage;
export const countyGroups: Summary['countyGroups'] = s.countyGroups;
export const taxonomyTiers: Summary['taxonomyTiers'] = s.taxonomyTiers;
