// A problem with a planner's row, or a file that cannot be read, in words in
// the UI's language: which row (or feature), which column, what is wrong.
import type { Lang } from '../i18n/lang.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import type { Problem } from './convert.ts';
import type { ErrorCode } from './protocol.ts';
import type { Format } from './read.ts';
import { MAX_BYTES, MAX_ROWS } from './limits.ts';

export const limitVars = () => ({ mb: String(MAX_BYTES / 1024 / 1024), rows: MAX_ROWS.toLocaleString('en') });

export function problemText(p: Problem, lang: Lang, format: Format): string {
  const where = format === 'geojson' ? t(lang, 'importFeatureAt', { r: String(p.row - 1) }) : t(lang, 'importRowAt', { r: String(p.row) });
  const column = p.column ? t(lang, 'importColumnAt', { c: p.column }) : '';
  const what = t(lang, `problem.${p.code}` as StringKey, { v: p.value ?? '' });
  return `${where}${column}${lang === 'zh' ? '：' : ': '}${what}`;
}

export function errorText(code: ErrorCode, lang: Lang, line?: number): string {
  return t(lang, `importError.${code}` as StringKey, { ...limitVars(), line: String(line ?? '') });
}
