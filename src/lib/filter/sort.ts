// The result list's order, computed once per list and column (not on every
// keystroke): city by a rank of the 18 cities, names and types with one
// collator.
import type { Lang } from '../i18n/lang.ts';
import type { Item } from './items.ts';

export type SortColumn = 'name' | 'type' | 'city';

/** The list's order as positions in it (the filter marks positions, so a keystroke only picks from this). */
export function sortOrder(items: readonly Item[], by: SortColumn, ascending: boolean, lang: Lang, cityName: (code: string) => string): Int32Array {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const sign = ascending ? 1 : -1;
  const order = Int32Array.from(items.keys());
  if (by === 'city') {
    const codes = [...new Set(items.map((i) => i.city))].sort((a, b) => collator.compare(cityName(a), cityName(b)));
    const rank = new Map(codes.map((c, i) => [c, i]));
    const r = Int32Array.from(items, (i) => rank.get(i.city)!);
    // Stable: within a city the list keeps its own order.
    return order.sort((a, b) => sign * (r[a] - r[b]) || a - b);
  }
  const key = items.map((i) => (by === 'name' ? i.name[lang] : i.type[lang]));
  return order.sort((a, b) => sign * collator.compare(key[a], key[b]) || a - b);
}
