// Writes data/zones/dev-zones.json from the sourced reference tables
// data/reference/national_zones.csv and provincial_zones.csv: each row gets its
// city and county codes and an approximate position with its basis.
// Run: npx tsx data/dev-zones.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvRow } from '../src/lib/csv.ts';
import { devZoneFile, type DevZone } from '../src/lib/facts/dev-zones.ts';
import { readDivisions } from './geo/divisions.ts';

const ROOT = new URL('..', import.meta.url).pathname;

const splitName = (s: string) => {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(s);
  return m ? { name: m[1], alias: m[2] } : { name: s, alias: '' };
};

/** Zone type from a provincial zone's name (the table has no type column). */
export function provincialType(name: string): string {
  if (/经济技术开发区|经开区/.test(name)) return '经济技术开发区';
  if (/高新技术|高新区/.test(name)) return '高新技术产业开发区';
  if (/现代服务业开发区/.test(name)) return '现代服务业开发区';
  if (/先进制造业开发区/.test(name)) return '先进制造业开发区';
  return '开发区';
}

export function buildDevZones(root: string): DevZone[] {
  const divisions = readDivisions(join(root, 'data/reference/henan_county_divisions_nbs2023.csv'));
  const geo = (f: string) => JSON.parse(readFileSync(join(root, 'public/geo', f), 'utf8'));
  const seats = geo('seats.geojson').features as { properties: { adcode: string; name_zh: string }; geometry: { coordinates: [number, number] } }[];
  const labels = geo('labels.geojson').features as { properties: { adcode: string; level: string }; geometry: { coordinates: [number, number] } }[];
  const cityCode = (city: string) => {
    if (city.startsWith('济源')) return '419001';
    const seat = seats.find((s) => city.startsWith(s.properties.name_zh));
    if (!seat) throw new Error(`unknown city "${city}"`);
    return seat.properties.adcode;
  };
  const countyCode = (cityCodeValue: string, county: string) =>
    divisions.find((d) => d.nameZh === county && (d.code.slice(0, 4) === cityCodeValue.slice(0, 4) || d.code === cityCodeValue))?.code ?? null;
  const seatOf = (code: string) => seats.find((s) => s.properties.adcode === code)!.geometry.coordinates;
  const labelOf = (code: string) => labels.find((l) => l.properties.level === 'county' && l.properties.adcode === code)!.geometry.coordinates;

  const place = (city: string, county: string, coord?: { lon: string; lat: string; note: string }) => {
    const c = cityCode(city);
    const k = countyCode(c, county);
    if (coord && coord.lon && coord.lat) {
      return { c, k, position: { lon: Number(coord.lon), lat: Number(coord.lat), precision: 'approximate' as const, basis: coord.note } };
    }
    const [lon, lat] = k ? labelOf(k) : seatOf(c);
    const basis = k ? 'label point of the host county-level unit (not the zone site)' : 'seat of the city (host county not sourced; not the zone site)';
    return { c, k, position: { lon, lat, precision: 'approximate' as const, basis } };
  };

  const national = parseCsv(readFileSync(join(root, 'data/reference/national_zones.csv'), 'utf8'));
  const provincial = parseCsv(readFileSync(join(root, 'data/reference/provincial_zones.csv'), 'utf8'));
  const zones: DevZone[] = [];
  national.forEach((r: CsvRow, i) => {
    // 郑洛新 is three zones in three cities: one entry per city.
    const cities = r.city.split('/');
    cities.forEach((city, j) => {
      const { c, k, position } = place(city, r.county_or_district, cities.length === 1 ? { lon: r.approx_lon, lat: r.approx_lat, note: r.coord_note } : undefined);
      const { name, alias } = splitName(r.name_zh);
      zones.push({
        id: `nat-${String(i + 1).padStart(2, '0')}${cities.length > 1 ? `-${j + 1}` : ''}`,
        name_zh: name,
        alias_zh: alias,
        name_en: r.name_en,
        level: 'national',
        zone_type: r.type.replace(/\s*\(.*$/, ''),
        city_code: c,
        county_code: k,
        leading_industries: r.leading_industries.startsWith('unsourced') ? '' : r.leading_industries,
        source: r.source,
        confidence: r.confidence as DevZone['confidence'],
        notes: [r.approval_date && `approved: ${r.approval_date}`, r.notes].filter(Boolean).join('; '),
        position,
      });
    });
  });
  provincial.forEach((r, i) => {
    const { c, k, position } = place(r.city, r.county);
    const { name, alias } = splitName(r.name_zh);

    zones.push({
      id: `prov-${String(i + 1).padStart(2, '0')}`,
      name_zh: name,
      alias_zh: alias,
      name_en: '',
      level: 'provincial',
      zone_type: provincialType(name),
      city_code: c,
      county_code: k,
      leading_industries: r.leading_industries.startsWith('unsourced') ? '' : r.leading_industries,
      source: r.source,
      confidence: r.confidence as DevZone['confidence'],
      notes: r.status_note,
      position,
    });
  });
  return devZoneFile.parse(zones);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const zones = buildDevZones(ROOT);
  writeFileSync(join(ROOT, 'data/zones/dev-zones.json'), JSON.stringify(zones, null, 1) + '\n');
  console.log(`wrote ${zones.length} zones (${zones.filter((z) => z.level === 'national').length} national)`);
}
