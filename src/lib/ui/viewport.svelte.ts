// What kind of screen the atlas is on, as reactive flags: compact screens
// (phones and tablets, up to 1024 px wide) get a compact header and bottom
// sheets in portrait, side sheets in landscape (a bottom sheet would leave a
// strip of map).
import { MediaQuery } from 'svelte/reactivity';

export const COMPACT_QUERY = '(max-width: 1024px)';
export const SHORT_QUERY = '(orientation: landscape)';

class Viewport {
  readonly #compact = new MediaQuery(COMPACT_QUERY, false);
  readonly #short = new MediaQuery(SHORT_QUERY, false);

  get compact(): boolean {
    return this.#compact.current;
  }

  /** Compact and landscape: sheets open from the side, not the bottom. */
  get short(): boolean {
    return this.#compact.current && this.#short.current;
  }
}

export const viewport = new Viewport();
