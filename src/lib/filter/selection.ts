// What the filter has chosen, as the link and the app state hold it; the
// filtering itself (facets.ts) loads with the filter panel.
export const FACETS = ['kind', 'level', 'type', 'chain', 'period', 'area', 'city'] as const;
export type Facet = (typeof FACETS)[number];

export type Selection = Record<Facet, string[]> & { q: string };

export const EMPTY_SELECTION: Selection = { kind: [], level: [], type: [], chain: [], period: [], area: [], city: [], q: '' };

export const isEmpty = (sel: Selection) => FACETS.every((f) => sel[f].length === 0) && !sel.q.trim();
