// A planner's file as one table, whatever its format: CSV/TSV/semicolons in
// any of the usual encodings, an Excel sheet, or GeoJSON.
import { decodeText, type Encoding } from './decode.ts';
import { detectSeparator, parseDelimited, type Separator } from './delimited.ts';
import { geojsonTable } from './geojson.ts';
import { xlsxSheets } from './xlsx.ts';
import type { Table } from './convert.ts';

export type Format = 'csv' | 'xlsx' | 'geojson';

export interface ReadMeta {
  format: Format;
  encoding?: Encoding;
  separator?: Separator;
  sheets?: string[];
  sheet?: string;
}

export const formatOf = (name: string): Format => (/\.xlsx$/i.test(name) ? 'xlsx' : /\.(geo)?json$/i.test(name) ? 'geojson' : 'csv');

export async function readTable(file: Blob & { name: string }, sheet: string | undefined, onProgress: (share: number) => void): Promise<{ table: Table; meta: ReadMeta }> {
  const format = formatOf(file.name);
  if (format === 'xlsx') {
    const sheets = await xlsxSheets(file);
    const chosen = sheets.find((s) => s.sheet === sheet) ?? sheets[0];
    const [header = [], ...rows] = chosen?.rows ?? [];
    return { table: { header, rows }, meta: { format, sheets: sheets.map((s) => s.sheet), sheet: chosen?.sheet } };
  }
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  onProgress(0.2);
  if (format === 'geojson') return { table: geojsonTable(text), meta: { format, encoding } };
  const separator = detectSeparator(text);
  const [header = [], ...rows] = parseDelimited(text, separator, (s) => onProgress(0.2 + 0.8 * s));
  return { table: { header: header.map((h) => h.trim()), rows }, meta: { format, encoding, separator } };
}
