// Faceted filtering: OR within a facet, AND across facets, plus a text search.
// Counts for an option are what the list would hold if that option were
// added, given every other facet's choice.
import type { Item } from './items.ts';

export const FACETS = ['kind', 'level', 'type', 'chain', 'period', 'area', 'city'] as const;
export type Facet = (typeof FACETS)[number];

export type Selection = Record<Facet, string[]> & { q: string };

export const EMPTY_SELECTION: Selection = { kind: [], level: [], type: [], chain: [], period: [], area: [], city: [], q: '' };

export function facetValue(item: Item, facet: Facet): string | null {
  switch (facet) {
    case 'kind':
      return item.kind;
    case 'level':
      return item.level;
    case 'type':
      return item.type.zh;
    case 'chain':
      return item.chain?.zh ?? null;
    case 'period':
      return item.period ?? null;
    case 'area':
      return item.area ?? null;
    case 'city':
      return item.city;
  }
}

const fold = (s: string) => s.toLowerCase().replace(/[\s'’-]/g, '');

function matches(item: Item, sel: Selection, except?: Facet): boolean {
  for (const f of FACETS) {
    if (f === except || sel[f].length === 0) continue;
    const v = facetValue(item, f);
    if (v === null || !sel[f].includes(v)) return false;
  }
  if (sel.q.trim()) {
    const q = fold(sel.q);
    const hay = [item.name.zh, item.name.en, item.type.zh, item.type.en, item.chain?.zh ?? '', item.chain?.en ?? ''].map(fold);
    if (!hay.some((h) => h.includes(q))) return false;
  }
  return true;
}

export function applyFilter(items: readonly Item[], sel: Selection): Item[] {
  return items.filter((i) => matches(i, sel));
}

/** Options of a facet with their counts under the other facets' choices. */
export function facetCounts(items: readonly Item[], sel: Selection, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of items) {
    const v = facetValue(i, facet);
    if (v === null) continue;
    if (!counts.has(v)) counts.set(v, 0);
    if (matches(i, sel, facet)) counts.set(v, counts.get(v)! + 1);
  }
  return counts;
}

export const isEmpty = (sel: Selection) => FACETS.every((f) => sel[f].length === 0) && !sel.q.trim();
