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

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function installSnapshotHook(view: () => SnapshotView | null, deck: () => DeckContext | null): void {
  window.atlasSnapshot = async (r) => {
    const v = view();
    if (!v) return { ok: false, message: 'the map is not ready yet' };
    const t0 = performance.now();
    try {
      // The renderer (and MapLibre's expression code for SVG) loads on first use, not with the app.
      const { renderSnapshot } = await import('./render.ts');
      const out = await renderSnapshot(v, { size: r.size, format: r.format, title: r.title ?? null, subtitle: r.subtitle ?? null, hide: new Set(r.hide ?? []) });
      const ms = performance.now() - t0;
      return { ok: true, base64: await base64(out.blob), width: out.width, height: out.height, ms };
    } catch (e) {
      const fits = e && typeof e === 'object' && 'fits' in e ? (e.fits as { width: number; height: number } | undefined) : undefined;
      return { ok: false, message: e instanceof Error ? e.message : String(e), fits };
    }
  };
  window.atlasDeck = async (r) => {
    const c = deck();
    if (!c) return { ok: false, message: 'the map is not ready yet' };
    const t0 = performance.now();
    try {
      const { sceneSnapshotView } = await import('../present/views.ts');
      const { parseSceneFile, sceneProblemText } = await import('../present/scene-file.ts');
      const parsed = parseSceneFile(r.sceneFile);
      if (!parsed.ok) return { ok: false, message: sceneProblemText(parsed.problem, 'en') };
      const views = parsed.scenes.map((s) => sceneSnapshotView(s, c));
      let blob: Blob;
      if (r.format === 'pptx') {
        const { buildDeck } = await import('./deck.ts');
        const link = (state: string) => `${r.linkBase ?? './'}?${state}`;
        blob = await buildDeck(parsed.scenes.map((s, i) => ({ view: views[i], title: s.title[c.lang], caption: s.caption[c.lang], link: link(s.state) })), c.lang);
      } else {
        const { renderPdf } = await import('./render.ts');
        const titles = parsed.scenes.map((s) => ({ title: s.title[c.lang], subtitle: s.caption[c.lang] }));
        const o = { size: { preset: 'slide' as const }, format: 'pdf' as const, title: null, subtitle: null, hide: new Set<never>() };
        blob = (await renderPdf(views, o, parsed.scenes[0]?.title[c.lang] ?? '', undefined, undefined, titles)).blob;
      }
      return { ok: true, base64: await base64(blob), width: views.length, height: 0, ms: performance.now() - t0 };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  };
}
