// Delimited text (CSV, semicolon-separated, TSV) as rows of fields: quoted
// fields with doubled quotes, CRLF or LF line ends. The separator is the one
// of comma, semicolon and tab that the first line uses most, outside quotes.
export type Separator = ',' | ';' | '\t';

export class DelimitedError extends Error {
  constructor(
    /** Why, as a code the UI turns into words. */
    readonly code: 'unclosedQuote',
    readonly line: number,
  ) {
    super(code);
  }
}

export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as Separator[]).sort((x, y) => counts[y] - counts[x])[0];
  return counts[best] > 0 ? best : ',';
}

/** Every row as its fields; blank lines are skipped. onRow is called as rows come, so a caller can report progress. */
export function parseDelimited(text: string, sep: Separator, onProgress?: (done: number) => void): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  const step = 1 << 20;
  let next = step;
  for (let i = 0; i < n; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
    if (i >= next) {
      onProgress?.(i / n);
      next += step;
    }
  }
  if (quoted) throw new DelimitedError('unclosedQuote', quoteLine);
  if (field !== '' || row.length > 0) {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
  }
  return rows;
}
