// The filterable items: development zones and industry sites, one item per
// place, each with the facets a planner filters by.
import type { Bilingual } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { PlanRecord } from '../plan/schema.ts';
import type { DevZone } from '../facts/dev-zones.ts';
import { isShown } from '../facts/dev-zones.ts';
import { isCountyRecord } from '../plan/roles.ts';
import { HUB_TYPE_LABEL } from '../layers/hubs/index.ts';

export interface Item {
  id: string;
  kind: 'zone' | 'site' | 'hub' | 'import';
  name: Bilingual;
  /** Zone type, the site's industry group, or the hub's type. */
  type: Bilingual;
  /** The site's industry chain, where the plan names one. */
  chain: Bilingual | null;
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
  hub: { zh: '服务业枢纽', en: 'Service hub' },
  import: { zh: '导入的开发区', en: 'Imported zone' },
};

export function buildItems(zones: readonly DevZone[], records: readonly PlanRecord[], g: Gazetteer): Item[] {
  const fromZones = zones.filter(isShown).map(
    (z): Item => ({
      id: z.id,
      kind: 'zone',
      name: { zh: z.name_zh, en: z.name_en || z.name_zh },
      type: { zh: z.zone_type, en: z.zone_type },
      chain: null,
      level: z.level,
      city: z.city_code,
      county: z.county_code,
      point: [z.position.lon, z.position.lat],
      basis: z.source,
    }),
  );
  const fromSites = records
    .filter((r) => r.kind === 'site' && (r.industry || r.hub_type))
    .flatMap((r) =>
      r.members.map((m): Item => {
        const county = isCountyRecord(r) ? g.county(m.code) : undefined;
        const place = county ?? g.city(m.code);
        return {
          id: `${r.id}@${m.code}`,
          kind: r.hub_type ? 'hub' : 'site',
          name: { zh: r.name_zh, en: r.name_en },
          type: r.hub_type ? HUB_TYPE_LABEL[r.hub_type] : { zh: r.industry!.group_zh, en: r.industry!.group_en },
          chain: r.industry?.chain_zh ? { zh: r.industry.chain_zh, en: r.industry.chain_en ?? r.industry.chain_zh } : null,
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
