// Faceted filtering: OR within a facet, AND across facets, plus a text search.
// Counts for an option are what the list would hold if that option were
// added, given every other facet's choice. One pass over the items gives the
// results and every count, so a list of 100 000 loaded rows stays quick.
import type { Item } from './items.ts';
import { fold, searchText } from './search-text.ts';
import { FACETS, type Facet, type Selection } from './selection.ts';

export { EMPTY_SELECTION, FACETS, isEmpty, type Facet, type Selection } from './selection.ts';

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

// Folded once per item (loaded rows arrive with it, worked out in the import worker).
const hayOf = new WeakMap<Item, string>();
function hay(item: Item): string {
  if (item.search !== undefined) return item.search;
  let h = hayOf.get(item);
  if (h === undefined) {
    h = searchText(item);
    hayOf.set(item, h);
  }
  return h;
}

// A list's facet values as small numbers, worked out once per list: a
// keystroke then costs one pass of array reads, not map lookups per item.
interface Index {
  /** Filled on the first text search. */
  hay: string[] | null;
  /** Per facet: each item's value as an index into `values`, or -1. */
  codes: Int32Array[];
  values: string[][];
}
const indexOf = new WeakMap<readonly Item[], Index>();
function indexFor(items: readonly Item[]): Index {
  let ix = indexOf.get(items);
  if (ix) return ix;
  const codes = FACETS.map(() => new Int32Array(items.length));
  const values: string[][] = FACETS.map(() => []);
  const ids = FACETS.map(() => new Map<string, number>());
  items.forEach((item, i) => {
    for (let f = 0; f < FACETS.length; f++) {
      const v = facetValue(item, FACETS[f]);
      let id = -1;
      if (v !== null) {
        id = ids[f].get(v) ?? -1;
        if (id < 0) {
          id = values[f].push(v) - 1;
          ids[f].set(v, id);
        }
      }
      codes[f][i] = id;
    }
  });
  ix = { hay: null, codes, values };
  indexOf.set(items, ix);
  return ix;
}

export interface Filtered {
  results: Item[];
  /** For each item of the list, whether it is in the results. */
  kept: Uint8Array;
  counts: Record<Facet, Map<string, number>>;
}

export function filterItems(items: readonly Item[], sel: Selection): Filtered {
  const ix = indexFor(items);
  const chosen = FACETS.map((f, k) => {
    if (!sel[f].length) return null;
    const on = new Uint8Array(ix.values[k].length);
    for (const v of sel[f]) {
      const id = ix.values[k].indexOf(v);
      if (id >= 0) on[id] = 1;
    }
    return on;
  });
  const q = sel.q.trim() ? fold(sel.q) : '';
  const hays = q ? (ix.hay ??= items.map(hay)) : [];
  const tallies = ix.values.map((v) => new Int32Array(v.length));
  const results: Item[] = [];
  const kept = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    let failures = q && !hays[i].includes(q) ? 1 : 0;
    let failed = -1;
    for (let f = 0; f < FACETS.length; f++) {
      const c = chosen[f];
      if (c === null) continue;
      const v = ix.codes[f][i];
      if (v < 0 || !c[v]) {
        failures++;
        failed = f;
      }
    }
    if (failures === 0) {
      results.push(items[i]);
      kept[i] = 1;
      for (let f = 0; f < FACETS.length; f++) {
        const v = ix.codes[f][i];
        if (v >= 0) tallies[f][v]++;
      }
    } else if (failures === 1 && failed >= 0) {
      // An option counts the item when every other facet (and the text) lets it through.
      const v = ix.codes[failed][i];
      if (v >= 0) tallies[failed][v]++;
    }
  }
  const counts = Object.fromEntries(FACETS.map((f, k) => [f, new Map(ix.values[k].map((v, id) => [v, tallies[k][id]]))])) as Record<Facet, Map<string, number>>;
  return { results, kept, counts };
}

export function applyFilter(items: readonly Item[], sel: Selection): Item[] {
  return filterItems(items, sel).results;
}

/** Options of a facet with their counts under the other facets' choices. */
export function facetCounts(items: readonly Item[], sel: Selection, facet: Facet): Map<string, number> {
  return filterItems(items, sel).counts[facet];
}
