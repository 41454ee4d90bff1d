// The off-screen map a snapshot is drawn from: made at the asked CSS size (and,
// for a raster, the asked pixel ratio), waited on until every tile and deck.gl
// mark is in, then asked where its labels are.
import { createMap, type MapController } from '../map/create.ts';
import { loadLayerSources } from '../map/plan-layers.ts';
import { loadRecords } from '../plan/records.ts';
import { t } from '../i18n/strings.ts';
import { fitWithin, type OutputSize } from './presets.ts';
import type { Box, Frame } from './frame.ts';
import type { SnapshotView } from './render.ts';
import { abortError, SnapshotError } from './errors.ts';
import { loadSpecs } from '../map/specs.ts';

let maxSide: number | undefined;

/** The largest canvas side this browser's WebGL can draw (asked once: each ask opens a GL context). */
export function maxRenderSide(): number {
  maxSide ??= probeMaxSide();
  return maxSide;
}

function probeMaxSide(): number {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return 0;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const side = Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, dims[0], dims[1]);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return side;
}

/** Draws the map off screen and waits until every tile and deck.gl mark is in. */
export async function renderMap(view: SnapshotView, size: OutputSize, padding: Frame['padding'], limit: number, raster: boolean, signal?: AbortSignal) {
  const r = size.pixelRatio;
  // A vector snapshot only needs the map's camera, sources and label placement: one canvas pixel per CSS pixel.
  const canvasRatio = raster ? r : 1;
  const container = document.createElement('div');
  // Off screen but laid out: WebGL draws into it normally.
  container.style.cssText = `position:fixed;left:0;top:0;width:${size.width / r}px;height:${size.height / r}px;opacity:0;pointer-events:none;z-index:-1`;
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  let controller: MapController | null = null;
  const cleanup = () => {
    controller?.destroy();
    container.remove();
  };
  try {
    const none = () => {};
    await Promise.all([loadLayerSources(view.layers), loadRecords(), loadSpecs(view.layers)]);
    controller = createMap({
      container,
      lang: view.lang,
      camera: null,
      bbox: view.bounds,
      layers: view.layers,
      onHover: none,
      onSelect: none,
      onMove: none,
      onError: (m) => console.warn(`snapshot map: ${m}`),
      onIdle: none,
      still: {
        pixelRatio: canvasRatio,
        maxCanvas: limit,
        padding: { top: padding.top / r, bottom: padding.bottom / r, left: padding.left / r, right: padding.right / r },
      },
    });
    controller.setSeats(view.seat, view.lang);
    controller.setLayers(view.layers, view.lang);
    controller.setFilterResults(view.filterPoints);
    controller.select(view.selected);
    const aborted = new Promise<never>((_, fail) => signal?.addEventListener('abort', () => fail(abortError()), { once: true }));
    await Promise.race([controller.rendered(), aborted]);
    const canvas = controller.map.getCanvas();
    // CSS sizes are fractional at most print sizes: a pixel of rounding is fine, a clamped canvas is not.
    if (raster && (Math.abs(canvas.width - size.width) > 2 || Math.abs(canvas.height - size.height) > 2)) {
      const fits = fitWithin(size, Math.min(canvas.width, canvas.height));
      throw new SnapshotError(
        t(view.lang, 'exportClamped', { v: `${canvas.width}×${canvas.height}`, fits: `${fits.width}×${fits.height}` }),
        fits,
      );
    }
    return { controller, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/** True when every sampled pixel has the same colour: the map did not draw. */
export function isBlank(ctx: CanvasRenderingContext2D, width: number, height: number): boolean {
  // 64 rows of 64 pixels: copying out a whole print-size canvas cost more than the check needs.
  const first = ctx.getImageData(0, 0, 1, 1).data;
  const step = Math.max(1, Math.floor(width / 64)) * 4;
  for (let r = 0; r < 64; r++) {
    const px = ctx.getImageData(0, Math.floor(((r + 0.5) * height) / 64), width, 1).data;
    for (let i = 0; i < px.length; i += step) {
      if (Math.abs(px[i] - first[0]) + Math.abs(px[i + 1] - first[1]) + Math.abs(px[i + 2] - first[2]) > 6) return false;
    }
  }
  return true;
}

/** A test for frame boxes (output pixels): true when none of the map's placed labels lies in it. */
export function labelFree(controller: MapController, ratio: number): (b: Box) => boolean {
  const map = controller.map;
  const layers = map
    .getStyle()
    .layers.filter((l) => l.type === 'symbol')
    .map((l) => l.id);
  return (b) =>
    map.queryRenderedFeatures(
      [
        [b.x / ratio, b.y / ratio],
        [(b.x + b.w) / ratio, (b.y + b.h) / ratio],
      ],
      { layers },
    ).length === 0;
}
