// The city-role table: one row per city (or county), one column per plan
// structure, grouped by plan, so a planner sees at a glance what both plans
// ask of each place, where they agree, add to each other or differ (the
// metropolitan circle is one). Each cell lists the roles in words, each with
// its plan and chapter; a cell is empty where the plans say nothing.
import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Cite, LayerKey, PlanName, PlanRecord } from '../plan/schema.ts';
import { cityItems, countyItems, type PlaceItem } from '../plan/roles.ts';
import { formatCite, ROLE_LABEL } from '../plan/labels.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { zonesOf } from '../facts/zones-bundled.ts';
import { industriesOf } from '../facts/bundled.ts';
import { t } from '../i18n/strings.ts';
import type { Citation } from '../facts/citation.ts';
import { CATALOGUE_CITATION } from '../facts/catalogue-meta.ts';
import { citationParts } from '../facts/cite-format.ts';

export type ColumnGroup = PlanName | 'facts';

export interface RoleColumn {
  id: string;
  group: ColumnGroup;
  title: Bilingual;
}

export interface CellEntry {
  text: Bilingual;
  cite: Cite[];
  /** For facts from outside the plans: where they come from. */
  sources?: Citation[];
}

export interface RoleRow {
  unit: 'city' | 'county';
  code: string;
  name: Bilingual;
  /** For counties: the city's code. */
  city: string | null;
  cells: Record<string, CellEntry[]>;
}

const FACT_COLUMNS: RoleColumn[] = [
  { id: 'facts:devzones', group: 'facts', title: { zh: '开发区（2018年目录）', en: 'Development zones (2018 catalogue)' } },
  { id: 'facts:county-industries', group: 'facts', title: { zh: '县域特色产业', en: 'County industries' } },
];

/** One column per layer and plan that has records; the facts from outside the plans last. */
export function roleColumns(records: readonly PlanRecord[]): RoleColumn[] {
  const cols: RoleColumn[] = [];
  for (const plan of ['manufacturing', 'services'] as const) {
    for (const layer of PLAN_LAYERS) {
      if (records.some((r) => r.layer === layer.key && r.members.length && r.cite.some((c) => c.plan === plan))) {
        cols.push({ id: `${plan}:${layer.key}`, group: plan, title: layer.title });
      }
    }
  }
  return [...cols, ...FACT_COLUMNS];
}

function entry(item: PlaceItem, plan: PlanName, g: Gazetteer): CellEntry {
  const r = item.record;
  const role = ROLE_LABEL[item.role];
  const counties = item.counties.map((c) => g.county(c));
  const within = (lang: Lang) => (counties.length ? `：${counties.map((c) => c?.[`name_${lang}`]).join(lang === 'zh' ? '、' : ', ')}` : '');
  return {
    text: {
      zh: `${r.name_zh}（${role.zh}${within('zh')}）`,
      en: `${r.name_en} (${role.en}${within('en').replace('：', ': ')})`,
    },
    cite: r.cite.filter((c) => c.plan === plan),
  };
}

export function roleRows(unit: 'city' | 'county', records: readonly PlanRecord[], g: Gazetteer, columns: readonly RoleColumn[]): RoleRow[] {
  const places = g.places.filter((p) => p.level === unit);
  return places.map((p) => {
    const items = unit === 'city' ? cityItems(p.adcode, records, g) : countyItems(p.adcode, records);
    const cells: Record<string, CellEntry[]> = {};
    for (const col of columns) {
      if (col.group === 'facts') continue;
      const [plan, layer] = col.id.split(':') as [PlanName, LayerKey];
      cells[col.id] = items.filter((i) => i.record.layer === layer && i.record.cite.some((c) => c.plan === plan)).map((i) => entry(i, plan, g));
    }
    const zones = zonesOf(unit, p.adcode);
    const national = zones.filter((z) => z.level === 'national').length;
    cells['facts:devzones'] = zones.length
      ? [
          {
            text: {
              zh: `${zones.length}个（国务院批准${national}个、省政府批准${zones.length - national}个）`,
              en: `${zones.length} (${national} State Council, ${zones.length - national} provincial)`,
            },
            cite: [],
            sources: [CATALOGUE_CITATION],
          },
        ]
      : [];
    const industries = unit === 'county' ? industriesOf(p.adcode) : g.places.filter((c) => c.level === 'county' && c.city_adcode === p.adcode).flatMap((c) => industriesOf(c.adcode));
    cells['facts:county-industries'] = industries.map((r) => ({ text: { zh: r.industry.zh, en: r.industry.en }, cite: [], sources: r.sources }));
    return { unit, code: p.adcode, name: { zh: p.name_zh, en: p.name_en }, city: unit === 'county' ? p.city_adcode : null, cells };
  });
}

/** A cell as one line of text, with the chapter of each entry: what CSV and Excel carry. */
/** Where an entry comes from, short: the chapters, or each outside source's publisher and date. */
export function entrySource(e: CellEntry, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  if (e.cite.length) return e.cite.map((c) => formatCite(c, lang)).join(sep);
  return (e.sources ?? []).map((c) => { const p = citationParts(c, lang); return `${p.publisher} ${p.date}`; }).join(sep);
}

export function cellText(entries: readonly CellEntry[], lang: Lang): string {
  const sep = lang === 'zh' ? '；' : '; ';
  return entries.map((e) => { const src = entrySource(e, lang); return `${e.text[lang]}${src ? ` [${src}]` : ''}`; }).join(sep);
}

export const GROUP_LABEL: Record<ColumnGroup, Bilingual> = {
  manufacturing: { zh: '制造业规划', en: 'Manufacturing plan' },
  services: { zh: '服务业规划', en: 'Services plan' },
  facts: { zh: '规划以外的资料', en: 'Sources outside the plans' },
};

/** The table as rows of text for CSV and Excel, in the UI's language, with a note on where facts come from. */
export function roleTableData(rows: readonly RoleRow[], columns: readonly RoleColumn[], lang: Lang) {
  const header = [t(lang, 'code'), t(lang, 'colName'), ...columns.map((c) => `${GROUP_LABEL[c.group][lang]} · ${c.title[lang]}`)];
  return { header, rows: rows.map((r) => [r.code, r.name[lang], ...columns.map((c) => cellText(r.cells[c.id] ?? [], lang))]) };
}
