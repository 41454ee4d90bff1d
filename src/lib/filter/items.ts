// The filterable items: catalogue zones, industry sites and hubs, one item
// per place, each with the facets a planner filters by and where its facts
// come from (plan chapters, or citations).
import type { Bilingual } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Cite, PlanRecord } from '../plan/schema.ts';
import type { Citation } from '../facts/citation.ts';
import type { CatalogueZone } from '../facts/catalogue.ts';
import { areaClassOf, CATALOGUE_CITATION, periodOf, ZONE_TYPES } from '../facts/catalogue-meta.ts';
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
  /** Catalogue zones: approval period and area class (facets), and the catalogue's facts. */
  zone?: CatalogueZone;
  period?: string;
  area?: string;
  /** The plan chapters behind the item. */
  cite: Cite[];
  /** Citations of facts from outside the plans. */
  sources: Citation[];
  /** For loaded rows: the file and row they come from. */
  origin?: string;
  /** For loaded rows: the text the filter's search reads (see search-text.ts). */
  search?: string;
}

export const KIND_LABEL: Record<Item['kind'], Bilingual> = {
  zone: { zh: '开发区', en: 'Development zone' },
  site: { zh: '产业载体', en: 'Industry site' },
  hub: { zh: '服务业枢纽', en: 'Service hub' },
  import: { zh: '导入的名单', en: 'Loaded list' },
};

export function zoneItem(z: CatalogueZone): Item {
  return {
    id: z.code,
    kind: 'zone',
    name: { zh: z.name_zh, en: z.name_en },
    type: ZONE_TYPES[z.type],
    chain: null,
    level: z.level,
    city: z.city_code,
    county: z.county_code,
    point: [z.position.lon, z.position.lat],
    zone: z,
    period: periodOf(z),
    area: areaClassOf(z),
    cite: [],
    sources: [CATALOGUE_CITATION],
  };
}

export function buildItems(zones: readonly CatalogueZone[], records: readonly PlanRecord[], g: Gazetteer): Item[] {
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
          cite: r.cite,
          sources: r.membership?.sources ?? [],
        };
      }),
    );
  return [...zones.map(zoneItem), ...fromSites];
}
