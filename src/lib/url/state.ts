// The view as a URL: ?lang=en&map=zoom/lat/lon&layers=belt,zones&city=410300
// or &county=410308, the filter, and &scene=3 in presentation mode. Parsing never
// throws; each unreadable value falls back to its default and leaves a note.
import { isLang, type Lang } from '../i18n/lang.ts';
import type { StringKey } from '../i18n/strings.ts';
import { LAYER_KEYS, type LayerKey } from '../plan/keys.ts';
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { EMPTY_SELECTION, type Selection } from '../filter/selection.ts';
import { parseSelection, writeSelection } from '../filter/url.ts';
import { formatCentre, parseCentre, parseRadius, RADIUS, type Around } from '../around/around.ts';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface ViewState {
  lang: Lang;
  /** null: fit Henan. */
  camera: Camera | null;
  /** Selected county-level unit, by NBS code (at most one of county and city). */
  county: string | null;
  /** Selected prefecture-level unit, by NBS code. */
  city: string | null;
  /** Selected plan feature (zone, corridor, hub…), by record id; exclusive with county and city. */
  item: string | null;
  /** Visible thematic layers, in registry order. */
  layers: LayerKey[];
  /** The zone and industry-site filter. */
  filter: Selection;
  /** Presentation mode at this scene (1-based), or null. */
  scene: number | null;
  /** "What lies within N km": centre and radius. */
  around: Around | null;
}

export interface Note {
  key: StringKey;
  value: string;
}

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  camera: null,
  county: null,
  city: null,
  item: null,
  layers: [...DEFAULT_LAYERS],
  filter: EMPTY_SELECTION,
  scene: null,
  around: null,
};

// The context frame of the base map; a camera outside it is not a view of Henan.
const LIMITS = { zoom: [4, 14], lat: [29, 39.5], lon: [106, 121] } as const;

const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;

export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number);
  if (!within(zoom, LIMITS.zoom) || !within(lat, LIMITS.lat) || !within(lon, LIMITS.lon)) return null;
  return { zoom, lat, lon };
}

export function formatCamera(c: Camera): string {
  // Three decimals of zoom: two move the edge of a wide map by a pixel or more.
  return `${c.zoom.toFixed(3)}/${c.lat.toFixed(4)}/${c.lon.toFixed(4)}`;
}

export function parseView(search: string): { view: ViewState; notes: Note[] } {
  const params = new URLSearchParams(search);
  const notes: Note[] = [];
  const view: ViewState = { ...DEFAULT_VIEW };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) view.lang = lang;
    else notes.push({ key: 'note.lang', value: lang });
  }
  const map = params.get('map');
  if (map !== null) {
    view.camera = parseCamera(map);
    if (!view.camera) notes.push({ key: 'note.map', value: map });
  }
  const county = params.get('county');
  if (county !== null) {
    if (/^\d{6}$/.test(county)) view.county = county;
    else notes.push({ key: 'note.county', value: county });
  }
  const city = params.get('city');
  if (city !== null) {
    if (/^\d{6}$/.test(city) && !view.county) view.city = city;
    else notes.push({ key: 'note.city', value: city });
  }
  const item = params.get('item');
  if (item !== null) {
    // Whether a record has this id is checked once the app has its data (AppState.checkSelection).
    if (!view.county && !view.city && /^[a-z0-9-]{1,80}$/.test(item)) view.item = item;
    else notes.push({ key: 'note.item', value: item });
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const asked = layers.split(',').filter(Boolean);
    const unknown = asked.filter((k) => !(LAYER_KEYS as readonly string[]).includes(k));
    if (unknown.length) notes.push({ key: 'note.layers', value: unknown.join(',') });
    view.layers = LAYER_KEYS.filter((k) => asked.includes(k));
  }
  view.filter = parseSelection(params, notes);
  const near = params.get('near');
  if (near !== null) {
    const centre = parseCentre(near);
    const r = params.get('r');
    const km = r === null ? RADIUS.initial : parseRadius(r);
    if (centre && km !== null) view.around = { centre, km };
    else notes.push({ key: 'note.around', value: `${near}${r === null ? '' : `, ${r}`}` });
  }
  const scene = params.get('scene');
  if (scene !== null) {
    if (/^[1-9]\d?$/.test(scene)) view.scene = Number(scene);
    else notes.push({ key: 'note.scene', value: scene });
  }
  return { view, notes };
}

/** Query string for a view; defaults are left out so links stay short. */
export function formatView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.camera) params.set('map', formatCamera(view.camera));
  if (view.county) params.set('county', view.county);
  if (view.city) params.set('city', view.city);
  if (view.item) params.set('item', view.item);
  if (view.layers.join(',') !== DEFAULT_VIEW.layers.join(',')) params.set('layers', view.layers.join(','));
  writeSelection(params, view.filter);
  if (view.around) {
    params.set('near', formatCentre(view.around.centre));
    params.set('r', String(view.around.km));
  }
  if (view.scene !== null) params.set('scene', String(view.scene));
  const s = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
