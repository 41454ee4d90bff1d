// What kind of screen the atlas is on, as reactive flags: compact screens
// (phones and tablets, up to 1024 px wide) get a compact header and bottom
// sheets in portrait, side sheets in landscape (a bottom sheet would leave a
// strip of map).
import { MediaQuery } from 'svelte/reactivity';
import type { Lang } from '../i18n/lang.ts';

export const COMPACT_QUERY = '(max-width: 1024px)';
export const SHORT_QUERY = '(orientation: landscape)';
// Wide enough for every header action on one row (English labels are longer).
export const ROOMY_QUERY = { zh: '(min-width: 1440px)', en: '(min-width: 1720px)' } as const;

class Viewport {
  readonly #compact = new MediaQuery(COMPACT_QUERY, false);
  readonly #short = new MediaQuery(SHORT_QUERY, false);
  readonly #roomy = { zh: new MediaQuery(ROOMY_QUERY.zh, true), en: new MediaQuery(ROOMY_QUERY.en, true) };

  get compact(): boolean {
    return this.#compact.current;
  }

  /** Room for every header action as a button, in this language. */
  roomy(lang: Lang): boolean {
    return this.#roomy[lang].current;
  }

  /** Compact and landscape: sheets open from the side, not the bottom. */
  get short(): boolean {
    return this.#compact.current && this.#short.current;
  }
}

export const viewport = new Viewport();
