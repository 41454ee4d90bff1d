import type { CatalogueZone } from './catalogue.ts';
import { REORGANISED_COUNT } from './catalogue-meta.ts';

export interface ZoneCoverage {
  all: number;
  national: number;
  provincial: number;
  cityOnly: number;
  updates: number;
  reorganised: number;
}

export function zoneCoverage(zones: readonly CatalogueZone[], updates: number): ZoneCoverage {
  return {
    all: zones.length,
    national: zones.filter((z) => z.level === 'national').length,
    provincial: zones.filter((z) => z.level === 'provincial').length,
    cityOnly: zones.filter((z) => !z.county_code).length,
    updates,
    reorganised: REORGANISED_COUNT,
  };
}
