// The page's snapshot entry point for headless use (npm run snapshot, the
// benchmark): the same code path as the export dialog, bytes as base64.
import type { SnapshotView } from './render.ts';
import type { Element, Format } from './options.ts';
import type { SizeRequest } from './presets.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Seats } from '../geo/load.ts';
import type { Item } from '../filter/items.ts';

export interface HookRequest {
  size: SizeRequest;
  format: Format;
  title?: string;
  subtitle?: string;
  hide?: Element[];
}
/** The scenes of a scene file as one PowerPoint deck or one PDF. */
export interface DeckRequest {
  sceneFile: string;
  format: 'pptx' | 'pdf';
  /** Where the atlas is published, for the links in the slides' notes; without it they are relative. */
  linkBase?: string;
}

/** What a deck needs from the running app beyond the scenes. */
export interface DeckContext {
  lang: Lang;
  gazetteer: Gazetteer;
  seats: Seats;
  imported: readonly Item[];
  mapSize: { width: number; height: number };
}

export type HookResult = { ok: true; base64: string; width: number; height: number; ms: number } | { ok: false; message: string; fits?: { width: number; height: number } };

declare global {
  interface Window {
    atlasSnapshot?: (r: HookRequest) => Promise<HookResult>;
    atlasDeck?: (r: DeckRequest) => Promise<HookResult>;
  }
}

export function installSnapshotHook(view: () => SnapshotView | null, deck: () => DeckContext | null): void {
  const notReady: HookResult = { ok: false, message: 'the map is not ready yet' };
  window.atlasSnapshot = async (r) => {
    const v = view();
    return v ? (await import('./hook-run.ts')).snapshot(v, r) : notReady;
  };
  window.atlasDeck = async (r) => {
    const c = deck();
    return c ? (await import('./hook-run.ts')).deck(c, r) : notReady;
  };
}
