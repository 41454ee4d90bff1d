// The filtered set as CSV or GeoJSON: exactly the items the list shows.
import type { Item } from './items.ts';

const COLUMNS = ['id', 'kind', 'name_zh', 'name_en', 'type_zh', 'type_en', 'chain_zh', 'chain_en', 'level', 'city_code', 'county_code', 'lon', 'lat', 'position', 'basis'] as const;

const row = (i: Item): Record<(typeof COLUMNS)[number], string> => ({
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
  lon: String(i.point[0]),
  lat: String(i.point[1]),
  position: 'approximate',
  basis: i.basis,
});

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function itemsCsv(items: readonly Item[]): string {
  return [COLUMNS.join(','), ...items.map((i) => COLUMNS.map((c) => quote(row(i)[c])).join(','))].join('\n') + '\n';
}

export function itemsGeoJson(items: readonly Item[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: items.map((i) => {
      const { lon, lat, ...properties } = row(i);
      return { type: 'Feature', id: i.id, properties, geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] } };
    }),
  });
}
