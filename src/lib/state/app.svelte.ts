// The app's state as one runes class; components read it and call its methods.
import type { Lang } from '../i18n/lang.ts';
import type { CountyProps } from '../geo/schema.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Manifest } from '../geo/schema.ts';
import { formatView, type Camera, type Note, type ViewState } from '../url/state.ts';

export type LoadStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; manifest: Manifest; gazetteer: Gazetteer }
  | { kind: 'failed'; message: string };

export class AppState {
  lang = $state<Lang>('zh');
  camera = $state.raw<Camera | null>(null);
  county = $state<string | null>(null);
  hover = $state.raw<{ county: CountyProps; x: number; y: number } | null>(null);
  notes = $state<Note[]>([]);
  status = $state.raw<LoadStatus>({ kind: 'loading' });
  /** Set when the map reaches idle at least once (the page is usable). */
  mapIdle = $state(false);

  readonly view: ViewState = $derived({ lang: this.lang, camera: this.camera, county: this.county });
  readonly query: string = $derived(formatView(this.view));

  constructor(initial: ViewState, notes: Note[]) {
    this.lang = initial.lang;
    this.camera = initial.camera;
    this.county = initial.county;
    this.notes = notes;
  }

  dismissNote(i: number): void {
    this.notes.splice(i, 1);
  }

  /** Drops a selection the gazetteer does not know, with a note. */
  checkSelection(g: Gazetteer): void {
    if (this.county && !g.county(this.county)) {
      this.notes.push({ key: 'note.county', value: this.county });
      this.county = null;
    }
  }
}
