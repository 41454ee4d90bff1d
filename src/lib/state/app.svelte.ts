// The app's state as one runes class; components read it and call its methods.
import type { Lang } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Seats } from '../geo/load.ts';
import type { LayerKey } from '../plan/schema.ts';
import type { BBox, Picked } from '../map/create.ts';
import type { SnapshotView } from '../snapshot/render.ts';
import type { DeckContext } from '../snapshot/hook.ts';
import { sceneView } from '../present/scene-link.ts';
import type { Scene } from '../present/scene-file.ts';
import { SvelteSet } from 'svelte/reactivity';
import { loadRecords } from '../plan/records.ts';
import { LAYER_KEYS } from '../plan/keys.ts';
import { EMPTY_SELECTION, isEmpty, type Selection } from '../filter/selection.ts';
import type { Item } from '../filter/items.ts';
import type { ImportLayer } from '../import/layers.ts';
import type { Around } from '../around/around.ts';
import { formatView, type Camera, type Note, type ViewState } from '../url/state.ts';

export type LoadStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; gazetteer: Gazetteer; seats: Seats }
  | { kind: 'failed' };

export class AppState {
  lang = $state<Lang>('zh');
  camera = $state.raw<Camera | null>(null);
  county = $state<string | null>(null);
  city = $state<string | null>(null);
  /** The plan feature whose card is open (record id). */
  item = $state<string | null>(null);
  layers = $state<LayerKey[]>([]);
  hover = $state.raw<{ picked: Picked; x: number; y: number } | null>(null);
  notes = $state<Note[]>([]);
  status = $state.raw<LoadStatus>({ kind: 'loading' });
  /** Set when the map reaches idle at least once (the page is usable). */
  mapIdle = $state(false);
  /** The on-screen map's extent: what a snapshot shows. */
  bounds = $state.raw<BBox | null>(null);
  mapSize = $state.raw({ width: 1280, height: 800 });
  filter = $state.raw<Selection>(EMPTY_SELECTION);
  filterOpen = $state(false);
  /** The planner's own lists, one layer per file (shown, renamed or removed one by one). */
  importLayers = $state.raw<ImportLayer[]>([]);
  /** Rows of the shown lists: they join the filter, the map and the around-a-place query. */
  readonly imported: Item[] = $derived(this.importLayers.filter((l) => l.visible).flatMap((l) => l.items));
  /** Points of the items the filter leaves, drawn on the map while the filter is open. */
  filterPoints = $state.raw<[number, number][]>([]);
  /** A request to move the map, consumed by the map view. */
  flyRequest = $state.raw<{ point: [number, number]; zoom: number } | null>(null);
  /** A request to show exactly a camera (null: all of Henan), consumed by the map view. */
  jumpRequest = $state.raw<{ camera: Camera | null } | null>(null);
  /** The presentation's scenes, and the one shown (1-based) while presenting. */
  scenes = $state.raw<readonly Scene[]>([]);
  scene = $state<number | null>(null);
  /** The around-a-place query, and whether the next map click sets its centre. */
  around = $state.raw<Around | null>(null);
  aroundPick = $state(false);

  readonly view: ViewState = $derived({
    lang: this.lang,
    camera: this.camera,
    county: this.county,
    city: this.city,
    item: this.item,
    layers: this.layers,
    filter: this.filter,
    scene: this.scene,
    around: this.around,
  });
  readonly query: string = $derived(formatView(this.view));
  readonly visible: ReadonlySet<LayerKey> = $derived(new SvelteSet(this.layers));

  /** `scenes`: the atlas's own if the link names one; else they load with the scene editor. */
  constructor(initial: ViewState, notes: Note[], scenes: readonly Scene[] = []) {
    this.scenes = scenes;
    this.applyView(initial, notes);
  }

  /** Shows a view read from a link (at start, or when the browser goes back or forward). */
  applyView(v: ViewState, notes: Note[]): void {
    this.lang = v.lang;
    this.camera = v.camera;
    this.county = v.county;
    this.city = v.city;
    this.item = v.item;
    this.layers = v.layers;
    this.filter = v.filter;
    this.filterOpen = !isEmpty(v.filter);
    this.around = v.around;
    this.notes = notes;
    if (v.scene !== null && v.scene > this.scenes.length) {
      this.notes.push({ key: 'note.scene', value: String(v.scene) });
      this.scene = null;
    } else {
      this.scene = v.scene;
    }
  }

  /** What makes a view a new step in the browser's history: the place or feature shown, or the scene. */
  get historyKey(): string {
    return [this.county, this.city, this.item, this.scene].join('|');
  }

  /** Adds a loaded list; the same file loaded again replaces its list. Returns whether it replaced one. */
  addImportLayer(layer: ImportLayer): boolean {
    const at = this.importLayers.findIndex((l) => l.file === layer.file);
    this.importLayers = at >= 0 ? this.importLayers.map((l, i) => (i === at ? { ...layer, name: l.name } : l)) : [...this.importLayers, layer];
    return at >= 0;
  }

  updateImportLayer(id: string, change: Partial<Pick<ImportLayer, 'name' | 'visible'>>): void {
    this.importLayers = this.importLayers.map((l) => (l.id === id ? { ...l, ...change } : l));
  }

  removeImportLayer(id: string): void {
    this.importLayers = this.importLayers.filter((l) => l.id !== id);
  }

  dismissNote(i: number): void {
    this.notes.splice(i, 1);
  }

  select(picked: Picked | null): void {
    this.county = picked?.unit === 'county' ? picked.code : null;
    this.city = picked?.unit === 'city' ? picked.code : null;
    this.item = null;
  }

  /** Opens a plan feature's card (and shows its layer). */
  openItem(id: string | null): void {
    this.county = null;
    this.city = null;
    this.item = id;
  }

  get selected(): Picked | null {
    if (this.county) return { unit: 'county', code: this.county };
    if (this.city) return { unit: 'city', code: this.city };
    return null;
  }

  /** What a snapshot of the current view needs, once the map and the places are loaded. */
  snapshotView(): SnapshotView | null {
    const { status, bounds } = this;
    if (status.kind !== 'ready' || !bounds) return null;
    return {
      lang: this.lang,
      layers: this.visible,
      bounds,
      selected: this.selected,
      filterPoints: this.filterOpen ? this.filterPoints : [],
      seat: (code) => status.seats.get(code),
    };
  }

  /** What a deck of scenes needs from the running app, beyond the scenes. */
  deckContext(): DeckContext | null {
    const { status } = this;
    if (status.kind !== 'ready') return null;
    return { lang: this.lang, gazetteer: status.gazetteer, seats: status.seats, imported: this.imported, mapSize: this.mapSize };
  }

  /** Shows scene n (1-based) of the presentation: its layers, filter, selection and camera. */
  showScene(n: number): void {
    const s = this.scenes[n - 1];
    if (!s) return;
    const v = sceneView(s, this.lang);
    this.county = v.county;
    this.city = v.city;
    this.item = v.item;
    this.layers = v.layers;
    this.filter = v.filter;
    this.filterOpen = !isEmpty(v.filter);
    this.camera = v.camera;
    this.jumpRequest = { camera: v.camera };
    this.scene = n;
  }

  stepScene(by: 1 | -1): void {
    if (this.scene !== null) this.showScene(Math.min(this.scenes.length, Math.max(1, this.scene + by)));
  }

  toggleLayer(key: LayerKey, on = !this.visible.has(key)): void {
    this.layers = LAYER_KEYS.filter((k) => (k === key ? on : this.layers.includes(k)));
  }

  /** Drops a selection the gazetteer (or the plan data) does not know, with a note. */
  checkSelection(g: Gazetteer): void {
    const item = this.item;
    if (item) {
      loadRecords().then(
        (records) => {
          if (this.item === item && !records.some((r) => r.id === item)) {
            this.notes.push({ key: 'note.item', value: item });
            this.item = null;
          }
        },
        () => {},
      );
    }
    if (this.county && !g.county(this.county)) {
      this.notes.push({ key: 'note.county', value: this.county });
      this.county = null;
    }
    if (this.city && !g.city(this.city)) {
      this.notes.push({ key: 'note.city', value: this.city });
      this.city = null;
    }
  }
}
