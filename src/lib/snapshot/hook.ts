// The page's snapshot entry point for headless use (npm run snapshot, the
// benchmark): the same code path as the export dialog, bytes as base64.
import type { SnapshotView } from './render.ts';
import type { Element, Format } from './options.ts';
import type { SizeRequest } from './presets.ts';

export interface HookRequest {
  size: SizeRequest;
  format: Format;
  title?: string;
  subtitle?: string;
  hide?: Element[];
}
export type HookResult = { ok: true; base64: string; width: number; height: number; ms: number } | { ok: false; message: string; fits?: { width: number; height: number } };

declare global {
  interface Window {
    atlasSnapshot?: (r: HookRequest) => Promise<HookResult>;
  }
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function installSnapshotHook(view: () => SnapshotView | null): void {
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
}
