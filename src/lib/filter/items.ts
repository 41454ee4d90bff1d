// The filterable items: development zones and industry sites, one item per
// place, each with the facets a planner filters by.
import type { Bilingual } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { PlanRecord } from '../plan/schema.ts';
import type { DevZone } from '../facts/dev-zones.ts';
import { isShown } from '../facts/dev-zones.ts';
import { isCountyRecord } from '../plan/roles.ts';

export interface Item {
  id: string;
  kind: 'zone' | 'site' | 'import';
  name: Bilingual;
  /** Zone type, or the site's industry group. */
  type: Bilingual;
  level: 'national' | 'provincial' | null;
  city: string;
  county: string | null;
  point: [number, number];
  /** Where the item's facts come from: plan chapters, or a source. */
  basis: string;
}

export const KIND_LABEL: Record<Item['kind'], Bilingual> = {
  zone: { zh: '开发区', en: 'Development zone' },
  site: { zh: '产业载体', en: 'Industry site' },
  import: { zh: '导入的开发区', en: 'Imported zone' },
};

export function buildItems(zones: readonly DevZone[], records: readonly PlanRecord[], g: Gazetteer): Item[] {
  const fromZones = zones.filter(isShown).map(
    (z): Item => ({
      id: z.id,
      kind: 'zone',
      name: { zh: z.name_zh, en: z.name_en || z.name_zh },
      type: { zh: z.zone_type, en: z.zone_type },
      level: z.level,
      city: z.city_code,
      county: z.county_code,
      point: [z.position.lon, z.position.lat],
      basis: z.source,
    }),
  );
  const fromSites = records
    .filter((r) => r.kind === 'site' && r.industry)
    .flatMap((r) =>
      r.members.map((m): Item => {
        const county = isCountyRecord(r) ? g.county(m.code) : undefined;
        const place = county ?? g.city(m.code);
        return {
          id: `${r.id}@${m.code}`,
          kind: 'site',
          name: { zh: r.name_zh, en: r.name_en },
          type: { zh: r.industry!.group_zh, en: r.industry!.group_en },
          level: null,
          city: county ? county.city_adcode : m.code,
          county: county ? m.code : null,
          point: place ? place.point : [0, 0],
          basis: r.cite.map((c) => `${c.plan} ${c.chapter}`).join('; '),
        };
      }),
    );
  return [...fromZones, ...fromSites];
}
