// Brings the package's pre-2019 county set to the NBS 2023 divisions.
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../../src/lib/csv.ts';

export interface Division {
  code: string;
  nameZh: string;
  prefecture: string;
}

/** Official changes since the package's data (State Council approvals 2019 and 2021). */
export const RENAMED: Record<string, string> = {
  吉利区: '孟津区', // merged with 孟津县 into 孟津区 (410308), 2021
  孟津县: '孟津区',
  偃师市: '偃师区', // 410307, 2021
  长垣县: '长垣市', // 410783, 2019
  淮阳县: '淮阳区', // 411603, 2019
};

/** Package codes that predate a renaming the package already carries (许昌县 → 建安区, 2017). */
export const RECODED: Record<string, string> = { '411023': '411003' };

export function readDivisions(csvPath: string): Division[] {
  return parseCsv(readFileSync(csvPath, 'utf8'))
    .filter((r) => r.kind === 'administrative division')
    .map((r) => ({ code: r.code, nameZh: r.name_zh, prefecture: r.prefecture }));
}

export type SourcePolygon = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string | number };

/** Groups the package's features under today's division codes; throws on anything unmatched. */
export function assignDivisions(
  sources: { prefecture: string; feature: SourcePolygon }[],
  divisions: Division[],
): Map<string, SourcePolygon[]> {
  const byKey = new Map(divisions.map((d) => [`${d.prefecture}/${d.nameZh}`, d]));
  const out = new Map<string, SourcePolygon[]>();
  for (const { prefecture, feature } of sources) {
    const name = RENAMED[feature.properties.name] ?? feature.properties.name;
    const div = byKey.get(`${prefecture}/${name}`);
    if (!div) throw new Error(`no NBS 2023 division for ${prefecture} ${feature.properties.name}`);
    const unchanged = name === feature.properties.name;
    const code = RECODED[String(feature.id)] ?? String(feature.id);
    if (unchanged && code !== div.code) {
      throw new Error(`${name}: package code ${feature.id} differs from NBS ${div.code}`);
    }
    out.set(div.code, [...(out.get(div.code) ?? []), feature]);
  }
  const missing = divisions.filter((d) => !out.has(d.code));
  if (missing.length) throw new Error(`no geometry for ${missing.map((d) => d.nameZh).join(', ')}`);
  return out;
}

/** Prefecture code of a county: 4101xx → 410100; 济源 (419001) is its own prefecture-level unit. */
export function prefectureCode(countyCode: string): string {
  return countyCode.startsWith('4190') ? countyCode : `${countyCode.slice(0, 4)}00`;
}
