// The filter's part of the URL: fk (kinds), fl (levels), ft (types), fn (chains), fp (approval periods),
// fa (area classes), fc (cities), q (text).
import type { Note } from '../url/state.ts';
import { EMPTY_SELECTION, type Facet, type Selection } from './selection.ts';
import { APPROVAL_PERIODS, AREA_CLASSES } from '../facts/zone-classes.ts';

const PARAM: Record<Facet, string> = { kind: 'fk', level: 'fl', type: 'ft', chain: 'fn', period: 'fp', area: 'fa', city: 'fc' };
const VALID: Record<Facet, (v: string) => boolean> = {
  kind: (v) => ['zone', 'site', 'hub', 'import'].includes(v),
  level: (v) => v === 'national' || v === 'provincial',
  type: (v) => v.length > 0 && v.length < 40,
  chain: (v) => v.length > 0 && v.length < 40,
  period: (v) => APPROVAL_PERIODS.some((p) => p.id === v),
  area: (v) => AREA_CLASSES.some((a) => a.id === v),
  city: (v) => /^\d{6}$/.test(v),
};

export function parseSelection(params: URLSearchParams, notes: Note[]): Selection {
  const sel: Selection = { ...EMPTY_SELECTION, kind: [], level: [], type: [], chain: [], period: [], area: [], city: [] };
  for (const facet of Object.keys(PARAM) as Facet[]) {
    const raw = params.get(PARAM[facet]);
    if (raw === null) continue;
    // A value once, and no more than any list could hold: a link is never a list of thousands.
    const values = [...new Set(raw.split(',').filter(Boolean))].slice(0, 60);
    const bad = values.filter((v) => !VALID[facet](v));
    if (bad.length) notes.push({ key: 'note.filter', value: bad.join(',') });
    sel[facet] = values.filter(VALID[facet]);
  }
  sel.q = (params.get('q') ?? '').slice(0, 60);
  return sel;
}

export function writeSelection(params: URLSearchParams, sel: Selection): void {
  for (const facet of Object.keys(PARAM) as Facet[]) if (sel[facet].length) params.set(PARAM[facet], sel[facet].join(','));
  if (sel.q.trim()) params.set('q', sel.q.trim());
}
