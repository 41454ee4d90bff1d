// A planner's table, with its column mapping, as filter items and the
// problems of the rows that cannot be used (or are used with a flag). Each
// problem names the row (as a spreadsheet numbers it: the header is row 1)
// and the column; the UI turns codes into words.
import { searchText } from '../filter/search-text.ts';
import type { Item } from '../filter/items.ts';
import { readLevel, readNumber, type Mapping } from './columns.ts';
import { countyAt, countyFromRow, type Places } from './places.ts';

export type ProblemCode =
  | 'noName'
  | 'badLevel'
  | 'badNumber'
  | 'outsideHenan'
  | 'notInNamedCounty'
  | 'noPlace'
  | 'unknownCode'
  | 'unknownCounty'
  | 'ambiguousCounty'
  | 'unknownCity'
  | 'nullFeature'
  | 'unplaceableGeometry'
  | 'polygonPlaced'
  | 'cityOnly';

export interface Problem {
  row: number;
  /** The header of the column concerned, when one is. */
  column?: string;
  code: ProblemCode;
  /** The value concerned, or the county a point was found in. */
  value?: string;
  /** Flags: the row is used; otherwise it is left out. */
  kept: boolean;
}

export interface Table {
  header: string[];
  rows: string[][];
  /** For GeoJSON: problems found while reading features. */
  problems?: Problem[];
  /** The number each row goes by in messages, when rows were skipped (GeoJSON features); else header = 1, first row = 2. */
  rowNumbers?: number[];
}

export function convertRows(t: Table, m: Mapping, places: Places, layer: string, onProgress?: (share: number) => void): { items: Item[]; problems: Problem[] } {
  const items: Item[] = [];
  const problems: Problem[] = [...(t.problems ?? [])];
  const col = (i: number) => (i >= 0 ? t.header[i] : undefined);
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '') : '');
  const step = Math.max(1000, Math.floor(t.rows.length / 50));
  t.rows.forEach((r, i) => {
    const row = t.rowNumbers?.[i] ?? i + 2;
    if (onProgress && i % step === 0) onProgress(i / t.rows.length);
    const flag = (code: ProblemCode, column?: string, value?: string) => problems.push({ row, column, code, value, kept: true });
    const reject = (code: ProblemCode, column?: string, value?: string) => void problems.push({ row, column, code, value, kept: false });
    const name = cell(r, m.name).trim();
    if (!name) return reject('noName', col(m.name));
    const level = readLevel(cell(r, m.level));
    if (level === undefined) return reject('badLevel', col(m.level), cell(r, m.level));
    const lon = readNumber(cell(r, m.lon));
    const lat = readNumber(cell(r, m.lat));
    if (Number.isNaN(lon)) return reject('badNumber', col(m.lon), cell(r, m.lon));
    if (Number.isNaN(lat)) return reject('badNumber', col(m.lat), cell(r, m.lat));
    const named = countyFromRow(places, cell(r, m.county_code), cell(r, m.county), cell(r, m.city));
    if (named && 'problem' in named) {
      const column = named.problem === 'unknownCode' ? col(m.county_code) : named.problem === 'unknownCity' ? col(m.city) : col(m.county);
      return reject(named.problem, column, named.value);
    }
    let point: [number, number] | null = null;
    let county = named && 'county' in named ? named.county : null;
    let city = named && 'city' in named ? named.city.adcode : (county?.city_adcode ?? null);
    if (lon !== null && lat !== null) {
      const at = countyAt(places, lon, lat);
      if (!at) return reject('outsideHenan', col(m.lon), `${lon}, ${lat}`);
      if (county && at.adcode !== county.adcode) flag('notInNamedCounty', col(m.lon), at.name_zh);
      else if (!county && city && at.city_adcode !== city) flag('notInNamedCounty', col(m.lon), at.name_zh);
      point = [lon, lat];
      county ??= city && at.city_adcode !== city ? null : at;
      city ??= at.city_adcode;
    } else if (lon !== null || lat !== null) {
      return reject('badNumber', col(lon === null ? m.lon : m.lat), '');
    }
    if (!city) return reject('noPlace');
    if (!county && !point) flag('cityOnly', col(m.city) ?? col(m.county_code));
    const seat = places.cities.find((c) => c.adcode === city)!.seat;
    const type = cell(r, m.type).trim() || '开发区';
    const item: Item = {
      id: `${layer}:${row}`,
      kind: 'import',
      name: { zh: name, en: cell(r, m.name_en).trim() || name },
      type: { zh: type, en: type },
      chain: null,
      level,
      city,
      county: county?.adcode ?? null,
      point: point ?? county?.label ?? seat,
      cite: [],
      sources: [],
      origin: `${layer}:${row}`,
    };
    item.search = searchText(item);
    items.push(item);
  });
  onProgress?.(1);
  return { items, problems };
}
