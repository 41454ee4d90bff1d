// Reading planners' files: encodings, separators, Chinese headers, places
// checked against the county shapes, per-feature GeoJSON problems.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { detectSeparator, parseDelimited, DelimitedError } from './delimited.ts';
import { readLevel, readNumber, suggestMapping } from './columns.ts';
import { placesFrom } from './places.ts';
import { convertRows } from './convert.ts';
import { geojsonTable, GeoJsonError } from './geojson.ts';

const places = placesFrom(
  JSON.parse(readFileSync('public/geo/henan-counties.geojson', 'utf8')),
  JSON.parse(readFileSync('public/geo/henan-cities.geojson', 'utf8')),
);
const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = s.charCodeAt(i) & 255;
    out[(bom ? 2 : 0) + 2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
// "名称,所在县\r\n长垣,长垣市" as Chinese Excel saves it (GBK): bytes from the GB18030 table.
const GBK = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcb, 0xf9, 0xd4, 0xda, 0xcf, 0xd8, 0x0d, 0x0a, 0xb3, 0xa4, 0xd4, 0xab, 0x2c, 0xb3, 0xa4, 0xd4, 0xab, 0xca, 0xd0]);

describe('decoding', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(enc('名称\n长垣'))).toEqual({ text: '名称\n长垣', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('名称')]))).toEqual({ text: '名称', encoding: 'utf-8' });
  });
  it('reads UTF-16 with a mark, and without one when the zero bytes give it away', () => {
    expect(decodeText(utf16le('name,county\n长垣'))).toEqual({ text: 'name,county\n长垣', encoding: 'utf-16le' });
    expect(decodeText(utf16le('name,county,city\nA,B,C', false)).encoding).toBe('utf-16le');
  });
  it('falls back to GB18030 for what Chinese Excel saves, and says so', () => {
    expect(decodeText(GBK)).toEqual({ text: '名称,所在县\r\n长垣,长垣市', encoding: 'gb18030' });
  });
});

describe('separators and fields', () => {
  it('detects comma, semicolon and tab from the header, outside quotes', () => {
    expect(detectSeparator('name,county\na,b')).toBe(',');
    expect(detectSeparator('name;county;"a,b"\n')).toBe(';');
    expect(detectSeparator('name\tcounty\n')).toBe('\t');
  });
  it('reads quoted fields with separators, quotes and line breaks inside', () => {
    expect(parseDelimited('a;b\r\n"x;1";"he said ""hi"""\n"two\nlines";z\n', ';')).toEqual([
      ['a', 'b'],
      ['x;1', 'he said "hi"'],
      ['two\nlines', 'z'],
    ]);
  });
  it('names the line of a quote that is never closed', () => {
    try {
      parseDelimited('a,b\n1,2\n"3,4\n5,6', ',');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DelimitedError);
      expect((e as DelimitedError).line).toBe(3);
    }
  });
});

describe('columns', () => {
  it('maps the Chinese headers a planner writes, and the documented English ones', () => {
    const m = suggestMapping(['名称', '级别', '类型', '所在县（市、区）', '所在市', '经度', '纬度', '面积（公顷）', '主导产业']);
    expect(m).toMatchObject({ name: 0, level: 1, type: 2, county: 3, city: 4, lon: 5, lat: 6, area: 7, industries: 8, county_code: -1 });
    expect(suggestMapping(['Name', 'county_code', 'LON', 'lat'])).toMatchObject({ name: 0, county_code: 1, lon: 2, lat: 3 });
  });
  it('reads levels and numbers as spreadsheets write them', () => {
    expect(readLevel('国家级')).toBe('national');
    expect(readLevel('省级')).toBe('provincial');
    expect(readLevel('')).toBeNull();
    expect(readLevel('县级')).toBeUndefined();
    expect(readNumber(' 113,5 ')).toBe(113.5);
    expect(readNumber('abc')).toBeNaN();
  });
});

describe('places', () => {
  const header = ['name', 'county', 'city', 'lon', 'lat', 'county_code'];
  const m = suggestMapping(header);
  const run = (...rows: string[][]) => convertRows({ header, rows }, m, places, 'list1');

  it('refuses a point outside Henan (in Anhui) and names the row and column', () => {
    const r = run(['合肥某园', '', '', '117.27', '31.86', '']);
    expect(r.items).toEqual([]);
    expect(r.problems).toEqual([{ row: 2, column: 'lon', code: 'outsideHenan', value: '117.27, 31.86', kept: false }]);
  });
  it('flags a point that lies in a neighbouring county, and keeps the row', () => {
    // 113.85, 35.30 is in 新乡's city districts, not in 长垣市.
    const r = run(['某园', '长垣市', '', '113.85', '35.30', '']);
    expect(r.items).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'notInNamedCounty', kept: true });
  });
  it('fills in the county of a row that has coordinates only', () => {
    const r = run(['某园', '', '', '114.68', '35.2', '']);
    expect(r.items[0].county).toBe('410783');
    expect(r.items[0].city).toBe('410700');
  });
  it('matches by code, by name, and by name with the city where the name is not unique', () => {
    expect(run(['甲', '', '', '', '', '410783']).items[0].county).toBe('410783');
    expect(run(['乙', '长垣', '', '', '', '']).items[0].county).toBe('410783');
    // There is a 鼓楼区 in 开封 only in Henan; 新华区 is in 平顶山; 中原区 in 郑州.
    expect(run(['丙', '中原区', '郑州', '', '', '']).items[0].county).toBe('410102');
    expect(run(['丁', '无此县', '', '', '', '']).problems[0]).toMatchObject({ code: 'unknownCounty', column: 'county', value: '无此县' });
    expect(run(['戊', '', '', '', '', '419999']).problems[0]).toMatchObject({ code: 'unknownCode', value: '419999' });
  });
  it('takes a city code as the city, placed at its seat, and says so', () => {
    const r = run(['己', '', '', '', '', '410300']);
    expect(r.items[0]).toMatchObject({ city: '410300', county: null });
    expect(r.problems[0]).toMatchObject({ code: 'cityOnly', kept: true });
  });
});

describe('GeoJSON', () => {
  it('reports null features and lines per feature, places polygons inside themselves, keeps the rest', () => {
    const t = geojsonTable(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          null,
          { type: 'Feature', properties: { name: '点' }, geometry: { type: 'Point', coordinates: [114.68, 35.2] } },
          { type: 'Feature', properties: { name: '线' }, geometry: { type: 'LineString', coordinates: [[114, 35], [114.1, 35.1]] } },
          { type: 'Feature', properties: { name: '面' }, geometry: { type: 'Polygon', coordinates: [[[114.6, 35.1], [114.8, 35.1], [114.8, 35.3], [114.6, 35.3], [114.6, 35.1]]] } },
        ],
      }),
    );
    expect(t.problems!.map((p) => [p.row, p.code, p.kept])).toEqual([
      [2, 'nullFeature', false],
      [4, 'unplaceableGeometry', false],
      [5, 'polygonPlaced', true],
    ]);
    const r = convertRows(t, suggestMapping(t.header), places, 'list1');
    expect(r.items.map((i) => i.name.zh)).toEqual(['点', '面']);
    expect(r.items.map((i) => i.county)).toEqual(['410783', '410783']);
  });
  it('says plainly when a file is not GeoJSON', () => {
    expect(() => geojsonTable('{"type":"Feature"}')).toThrow(GeoJsonError);
    expect(() => geojsonTable('\u0000garbage')).toThrow(/notJson/);
  });
});
