// Tables as files a planner opens in Excel: CSV with a UTF-8 byte-order mark
// (without it Excel shows the Chinese as mojibake), CRLF line ends, every
// field that needs it quoted; and .xlsx, written with write-excel-file (MIT,
// about 21 kB gzip, loaded only when an .xlsx is asked for).
import { saveBlob } from '../save.ts';

export interface TableData {
  header: string[];
  rows: (string | number | null)[][];
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const quote = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csvText(t: TableData): string {
  return '\uFEFF' + [t.header, ...t.rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export function saveCsv(t: TableData, name: string): void {
  saveBlob(new Blob([csvText(t)], { type: 'text/csv;charset=utf-8' }), name);
}

export async function xlsxBlob(t: TableData, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const cell = (v: string | number | null) => (v === null || v === '' ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String });
  const data = [t.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...t.rows.map((r) => r.map(cell))];
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  return writeXlsxFile(data as never, { sheet: sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) }).toBlob();
}

export async function saveXlsx(t: TableData, sheet: string, name: string): Promise<void> {
  saveBlob(await xlsxBlob(t, sheet), name);
}
