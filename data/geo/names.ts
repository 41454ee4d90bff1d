// Pinyin names for county-level units. pinyin-pro reads most place names
// right; the overrides are the polyphones it gets wrong for these places
// (official romanisations: Xun County, Shaoling, Biyang, Yindu, Weidu).
import { pinyin } from 'pinyin-pro';

const OVERRIDES: Record<string, string[]> = {
  浚: ['xun'],
  召陵: ['shao', 'ling'],
  泌阳: ['bi', 'yang'],
  殷都: ['yin', 'du'],
  魏都: ['wei', 'du'],
};

const SUFFIXES = ['回族区', '区', '县', '市'];

export type UnitKind = 'district' | 'county' | 'county-level city' | 'prefecture-level city';

export function countyKind(nameZh: string): Exclude<UnitKind, 'prefecture-level city'> {
  if (nameZh.endsWith('区')) return 'district';
  if (nameZh.endsWith('县')) return 'county';
  if (nameZh.endsWith('市')) return 'county-level city';
  throw new Error(`cannot tell the kind of ${nameZh}`);
}

export function baseName(nameZh: string): string {
  const suffix = SUFFIXES.find((s) => nameZh.endsWith(s) && nameZh.length > s.length);
  return suffix ? nameZh.slice(0, -suffix.length) : nameZh;
}

function syllables(base: string): string[] {
  const fixed = OVERRIDES[base];
  if (fixed) return fixed;
  return pinyin(base, { toneType: 'none', type: 'array' }).map((s) => s.replace('ü', 'v'));
}

/** Hanyu Pinyin with the apostrophe before a vowel-initial syllable (Xin'an, Bo'ai). */
export function romanise(base: string): string {
  const joined = syllables(base)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English name: bare pinyin, with "County" where the base is a single syllable (Xun County). */
export function englishName(nameZh: string): string {
  const base = baseName(nameZh);
  const en = romanise(base);
  return [...base].length === 1 ? `${en} ${nameZh.endsWith('县') ? 'County' : 'District'}` : en;
}
