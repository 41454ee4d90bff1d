// The zone catalogue and its dated updates as the app bundles them (checked
// when built: data/zones.test.ts, and the build's own validation).
import catalogue from '../../../data/zones/catalogue.json' with { type: 'json' };
import updates from '../../../data/zones/updates.json' with { type: 'json' };
import type { CatalogueZone } from './catalogue.ts';
import type { ZoneUpdate } from './zone-updates.ts';

export const CATALOGUE: readonly CatalogueZone[] = catalogue as CatalogueZone[];
export const ZONE_UPDATES: readonly ZoneUpdate[] = updates as ZoneUpdate[];

export const zonesOf = (unit: 'city' | 'county', code: string) =>
  CATALOGUE.filter((z) => (unit === 'city' ? z.city_code === code : z.county_code === code));
export const updatesOf = (unit: 'city' | 'county', code: string) =>
  ZONE_UPDATES.filter((u) => (unit === 'city' ? u.city_code === code : u.county_code === code));
