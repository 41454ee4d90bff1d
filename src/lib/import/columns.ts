// Which column of a planner's table holds what: the documented English names
// and the Chinese headers a planner would write, matched loosely (case,
// spaces, full- or half-width brackets, units in brackets).
export const FIELDS = ['name', 'name_en', 'level', 'type', 'county_code', 'county', 'city', 'lon', 'lat', 'area', 'industries'] as const;
export type Field = (typeof FIELDS)[number];
/** Field → column index, or -1 when the file has no such column. */
export type Mapping = Record<Field, number>;

const ALIASES: Record<Field, string[]> = {
  name: ['name', 'name_zh', '名称', '开发区名称', '园区名称', '开发区', '名字', '项目名称'],
  name_en: ['name_en', 'english', 'englishname', '英文名称', '英文名'],
  level: ['level', '级别', '等级', '层级'],
  type: ['type', 'zone_type', '类型', '类别', '开发区类型'],
  county_code: ['county_code', 'code', 'adcode', '区划代码', '行政区划代码', '县级代码', '代码'],
  county: ['county', 'county_name', '所在县（市、区）', '所在县(市、区)', '所在县', '县（市、区）', '县(市、区)', '县区', '县', '区县', '所在县区'],
  city: ['city', 'city_name', '所在市', '所在地市', '市', '地市', '城市', '省辖市'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', '经度'],
  lat: ['lat', 'latitude', 'y', '纬度'],
  area: ['area', 'area_ha', '面积', '面积（公顷）', '面积(公顷)', '核准面积', '规划面积', '核准面积（公顷）'],
  industries: ['industries', 'leading_industries', '主导产业', '产业', '主要产业'],
};

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/、/g, ',');

const NORMALISED = Object.fromEntries(FIELDS.map((f) => [f, new Set(ALIASES[f].map(norm))])) as Record<Field, Set<string>>;

/** The mapping a header suggests; each column is used for one field at most. */
export function suggestMapping(header: readonly string[]): Mapping {
  const mapping = Object.fromEntries(FIELDS.map((f) => [f, -1])) as Mapping;
  const used = new Set<number>();
  for (const f of FIELDS) {
    const i = header.findIndex((h, j) => !used.has(j) && (NORMALISED[f].has(norm(h)) || NORMALISED[f].has(norm(h).replace(/\(.*\)$/, ''))));
    if (i >= 0) {
      mapping[f] = i;
      used.add(i);
    }
  }
  return mapping;
}

/** National or provincial, from English or Chinese; null when empty; undefined when unreadable. */
export function readLevel(v: string): 'national' | 'provincial' | null | undefined {
  const s = v.trim().toLowerCase();
  if (!s) return null;
  if (s === 'national' || s === '国家级' || s === '国家' || s === '国务院') return 'national';
  if (s === 'provincial' || s === '省级' || s === '省' || s === '省政府') return 'provincial';
  return undefined;
}

/** A number written the way a spreadsheet might: "113.5", "113,5", " 113.5 ". */
export function readNumber(v: string): number | null {
  const s = v.trim().replace(/，/g, ',');
  if (!s) return null;
  const n = Number(/^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s);
  return Number.isFinite(n) ? n : NaN;
}
