// The filtered set as a table (CSV, Excel) or GeoJSON: exactly the items the
// list shows, with the plan chapters and the citations behind each.
import type { Item } from './items.ts';
import type { TableData } from '../files/table-out.ts';
import { formatCite } from '../plan/labels.ts';
import { citationText } from '../facts/cite-format.ts';

const COLUMNS = [
  'id', 'kind', 'name_zh', 'name_en', 'type_zh', 'type_en', 'chain_zh', 'chain_en', 'level', 'city_code', 'county_code',
  'zone_code', 'approved', 'area_ha', 'industries_zh', 'lon', 'lat', 'position', 'plan_chapters', 'sources', 'origin',
] as const;
export type Column = (typeof COLUMNS)[number];

export const row = (i: Item): Record<Column, string> => ({
  id: i.id,
  kind: i.kind,
  name_zh: i.name.zh,
  name_en: i.name.en,
  type_zh: i.type.zh,
  type_en: i.type.en,
  chain_zh: i.chain?.zh ?? '',
  chain_en: i.chain?.en ?? '',
  level: i.level ?? '',
  city_code: i.city,
  county_code: i.county ?? '',
  zone_code: i.zone?.code ?? '',
  approved: i.zone?.approved ?? '',
  area_ha: i.zone ? String(i.zone.area_ha) : '',
  industries_zh: i.zone ? i.zone.industries.map((x) => x.zh).join('、') : '',
  lon: String(i.point[0]),
  lat: String(i.point[1]),
  position: 'approximate',
  plan_chapters: i.cite.map((c) => formatCite(c, 'zh')).join('；'),
  sources: i.sources.map((c) => citationText(c, 'zh')).join('；'),
  origin: i.origin ?? '',
});

export function itemsTable(items: readonly Item[]): TableData {
  return { header: [...COLUMNS], rows: items.map((i) => COLUMNS.map((c) => row(i)[c])) };
}

export function itemsGeoJson(items: readonly Item[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: items.map((i) => {
      const { lon, lat, ...properties } = row(i);
      return { type: 'Feature', id: i.id, properties: { ...properties, citations: i.sources }, geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] } };
    }),
  });
}
