// A citation as a reader sees it, in the UI's language: the publisher in that
// language, the title (or document number) as published, the date written out.
import type { Lang } from '../i18n/lang.ts';
import type { Citation } from './citation.ts';

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

export function citationParts(c: Citation, lang: Lang): { publisher: string; title: string | null; date: string } {
  const title = c.title ? (c.doc_no ? `《${c.title}》（${c.doc_no}）` : `《${c.title}》`) : (c.doc_no ?? null);
  return { publisher: lang === 'zh' ? c.publisher_zh : c.publisher_en, title, date: formatDate(c.date, lang) };
}

/** One line for files (CSV, GeoJSON, export source lines): "publisher · title · date · url". */
export function citationText(c: Citation, lang: Lang): string {
  const p = citationParts(c, lang);
  return [p.publisher, p.title, p.date, c.url].filter(Boolean).join(' · ');
}
