// What the headless entry points do (hook.ts): loaded on their first call, not with the app.
import type { SnapshotView } from './render.ts';
import type { DeckContext, DeckRequest, HookRequest, HookResult } from './hook.ts';
import { loadStrings } from '../i18n/strings.ts';

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function snapshot(v: SnapshotView, r: HookRequest): Promise<HookResult> {
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
}

export async function deck(c: DeckContext, r: DeckRequest): Promise<HookResult> {
  const t0 = performance.now();
  try {
    const { sceneSnapshotView } = await import('../present/views.ts');
    const { parseSceneFile, sceneProblemText } = await import('../present/scene-file.ts');
    const parsed = parseSceneFile(r.sceneFile);
    // The headless caller reads English, whatever the page shows.
    if (!parsed.ok) return { ok: false, message: await loadStrings('en').then(() => sceneProblemText(parsed.problem, 'en')) };
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
}
