// Loading a planner's own list of zones (CSV or GeoJSON). Each row is matched
// to a county by code or by name (with the city to disambiguate); every row
// that cannot be used is reported with its reason, and a broken file changes
// nothing.
import { CsvError, parseCsv, type CsvRow } from '../csv.ts';
import type { Gazetteer, Place } from '../geo/gazetteer.ts';
import type { Item } from './items.ts';

export interface Rejected {
  row: number;
  reason: string;
}

export type ImportResult =
  | { ok: true; items: Item[]; rejected: Rejected[] }
  | { ok: false; error: string };

// Henan's frame, for checking given coordinates.
const FRAME = { lon: [110.3, 116.7], lat: [31.3, 36.4] } as const;

function rowsOf(text: string, filename: string): CsvRow[] {
  if (/\.(geo)?json$/i.test(filename)) {
    const json = JSON.parse(text) as { type?: string; features?: unknown[] };
    if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error('not a GeoJSON FeatureCollection');
    return json.features.map((f) => {
      const feature = f as { properties?: Record<string, unknown>; geometry?: { type?: string; coordinates?: unknown[] } };
      const props = Object.fromEntries(Object.entries(feature.properties ?? {}).map(([k, v]) => [k, v == null ? '' : String(v)]));
      const c = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : undefined;
      return c ? { ...props, lon: String(c[0]), lat: String(c[1]) } : props;
    });
  }
  return parseCsv(text);
}

function findCounty(g: Gazetteer, row: CsvRow): Place | string {
  const code = (row.county_code ?? '').trim();
  if (code) return g.county(code) ?? `unknown county code ${code}`;
  const name = (row.county ?? '').trim();
  if (!name) return 'no county_code or county';
  const city = (row.city ?? '').trim();
  const hits = g.places.filter(
    (p) =>
      p.level === 'county' &&
      (p.name_zh === name || p.name_zh.replace(/(回族区|区|县|市)$/, '') === name) &&
      (!city || g.city(p.city_adcode)?.name_zh.startsWith(city.replace(/市$/, ''))),
  );
  if (hits.length === 1) return hits[0];
  return hits.length ? `county "${name}" is ambiguous; add its city` : `unknown county "${name}"${city ? ` in ${city}` : ''}`;
}

export function importZones(text: string, filename: string, g: Gazetteer): ImportResult {
  let rows: CsvRow[];
  try {
    rows = rowsOf(text, filename);
  } catch (e) {
    const why = e instanceof CsvError || e instanceof SyntaxError || e instanceof Error ? e.message : String(e);
    return { ok: false, error: why };
  }
  if (!rows.length) return { ok: false, error: 'the file has no rows' };
  if (!('name' in rows[0])) return { ok: false, error: 'no "name" column' };
  const items: Item[] = [];
  const rejected: Rejected[] = [];
  rows.forEach((row, i) => {
    const n = i + 1;
    const name = (row.name ?? '').trim();
    if (!name) return rejected.push({ row: n, reason: 'no name' });
    const level = (row.level ?? '').trim();
    if (level && level !== 'national' && level !== 'provincial') return rejected.push({ row: n, reason: `level "${level}" is not national or provincial` });
    const county = findCounty(g, row);
    if (typeof county === 'string') return rejected.push({ row: n, reason: county });
    let point = county.point;
    if (row.lon || row.lat) {
      const [lon, lat] = [Number(row.lon), Number(row.lat)];
      const inside = lon >= FRAME.lon[0] && lon <= FRAME.lon[1] && lat >= FRAME.lat[0] && lat <= FRAME.lat[1];
      if (!inside) return rejected.push({ row: n, reason: `coordinates ${row.lon}, ${row.lat} are not in Henan` });
      point = [lon, lat];
    }
    const type = (row.type ?? '').trim() || '开发区';
    items.push({
      id: `import-${n}`,
      kind: 'import',
      name: { zh: name, en: (row.name_en ?? '').trim() || name },
      type: { zh: type, en: type },
      chain: null,
      level: (level || null) as Item['level'],
      city: county.city_adcode,
      county: county.adcode,
      point,
      cite: [],
      sources: [],
      origin: `${filename}, row ${n}`,
    });
  });
  return { ok: true, items, rejected };
}
