// Finding a place by Chinese name, pinyin or English name.
import type { Gazetteer, Place } from './gazetteer.ts';

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f'’\s-]/g, '');

/** Cities before counties; names that start with the query before names that contain it. */
export function searchPlaces(g: Gazetteer, query: string, limit = 8): Place[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored = g.places
    .filter((p) => p.level !== 'neighbour')
    .map((p) => {
      const names = [p.name_zh, fold(p.name_en)];
      const starts = names.some((n) => n.startsWith(q) || fold(n).startsWith(q));
      const contains = starts || names.some((n) => n.includes(q));
      return { p, score: contains ? (starts ? 0 : 1) + (p.level === 'city' ? 0 : 2) : -1 };
    })
    .filter((s) => s.score >= 0)
    .sort((a, b) => a.score - b.score || a.p.adcode.localeCompare(b.p.adcode));
  return scored.slice(0, limit).map((s) => s.p);
}
