// An Excel workbook as tables, one per sheet, read with read-excel-file
// (MIT; about 17 kB gzip, loaded only when an .xlsx file is chosen).
export async function xlsxSheets(file: Blob): Promise<{ sheet: string; rows: string[][] }[]> {
  const { default: readExcelFile } = await import('read-excel-file/browser');
  const sheets = await readExcelFile(file);
  const text = (v: unknown) => (v == null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return sheets.map((s: { sheet: string; data: unknown[][] }) => ({
    sheet: s.sheet,
    rows: s.data.map((r) => r.map(text)).filter((r) => r.some((c) => c.trim() !== '')),
  }));
}
