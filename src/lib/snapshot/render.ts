// Renders a view into a snapshot: the map is drawn again, off screen, at the
// asked size and pixel ratio (not scaled up from the screen), with deck.gl
// interleaved into the same canvas; the frame is drawn over it; then PNG,
// SVG or PDF.
import type { Lang } from '../i18n/lang.ts';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext } from '../layers/types.ts';
import { createMap, type BBox, type MapController, type Picked } from '../map/create.ts';
import { deckBefore, deckMarks, layerContext } from '../map/plan-layers.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { t } from '../i18n/strings.ts';
import { fitWithin, outputSize, shrink, type OutputSize, type SizeRequest } from './presets.ts';
import { layoutFrame, type Frame, type FrameContent } from './frame.ts';
import { canvasMeasure, drawPrims } from './canvas.ts';
import { defaultTitles, legendGroups, sourceLine } from './content.ts';
import { metresPerPixel } from './scale-bar.ts';
import { mapToSvg } from './svg-map.ts';
import { svgDocument } from './svg.ts';
import { buildPdf, type PdfPage } from './pdf.ts';
import { FONT_STACK } from './primitives.ts';
import type { Element, Format } from './options.ts';

export interface SnapshotView {
  lang: Lang;
  layers: ReadonlySet<LayerKey>;
  bounds: BBox;
  selected: Picked | null;
  filterPoints: [number, number][];
  seat: LayerContext['seat'];
}

export interface SnapshotOptions {
  size: SizeRequest;
  format: Format;
  /** null: the default for the visible layers. */
  title: string | null;
  subtitle: string | null;
  hide: ReadonlySet<Element>;
  /** Draw a preview whose longer side is this many pixels, laid out like the full size. */
  preview?: number;
}

export type Stage = 'map' | 'frame' | 'encode';

export class SnapshotError extends Error {
  constructor(
    message: string,
    /** A size that will work, when the asked one is too large. */
    readonly fits?: { width: number; height: number },
  ) {
    super(message);
  }
}

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

const abortError = () => new DOMException('cancelled', 'AbortError');

function frameContent(view: SnapshotView, o: SnapshotOptions, size: OutputSize, scale: number | null): FrameContent {
  const titles = defaultTitles(view.layers, view.lang);
  const shown = (e: Element) => !o.hide.has(e);
  return {
    width: size.width,
    height: size.height,
    unit: size.pixelRatio,
    title: shown('title') ? (o.title ?? titles.title) || null : null,
    subtitle: shown('title') ? (o.subtitle ?? titles.subtitle) || null : null,
    legend: shown('legend') && view.layers.size ? legendGroups(view.layers, view.lang, (k) => layerContext(k, view.seat)) : null,
    scale: shown('scale') ? scale : null,
    north: shown('north'),
    source: shown('source') ? sourceLine(PLAN_RECORDS, view.layers, view.lang) : t(view.lang, 'indicative'),
    date: shown('date') ? new Date().toISOString().slice(0, 10) : null,
  };
}

/** Draws the map off screen and waits until every tile and deck.gl mark is in. */
async function renderMap(view: SnapshotView, size: OutputSize, padding: Frame['padding'], limit: number, signal?: AbortSignal) {
  const r = size.pixelRatio;
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
        pixelRatio: r,
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
    if (Math.abs(canvas.width - size.width) > 2 || Math.abs(canvas.height - size.height) > 2) {
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
function isBlank(ctx: CanvasRenderingContext2D, width: number, height: number): boolean {
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

const toBlob = (canvas: HTMLCanvasElement, type: string, lang: Lang, quality?: number) =>
  new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new SnapshotError(t(lang, 'exportFailed')))), type, quality));

export interface Rendered {
  blob: Blob;
  width: number;
  height: number;
}

/** One view as PNG, SVG or PDF. */
export async function renderSnapshot(view: SnapshotView, o: SnapshotOptions, signal?: AbortSignal, onStage?: (s: Stage) => void): Promise<Rendered> {
  if (o.format === 'pdf') {
    const page = await renderPage(view, o, signal, onStage);
    onStage?.('encode');
    return { blob: new Blob([buildPdf([page], o.title ?? defaultTitles(view.layers, view.lang).title) as BlobPart], { type: 'application/pdf' }), width: page.width, height: page.height };
  }
  return withCanvas(view, o, signal, onStage, async (canvas, controller, size, frame) => {
    onStage?.('encode');
    if (o.format === 'png') return { blob: await toBlob(canvas, 'image/png', view.lang), width: size.width, height: size.height };
    const map = await mapToSvg(controller.map, {
      ratio: size.pixelRatio,
      width: size.width,
      height: size.height,
      deck: deckMarks(view.seat, view.layers),
      deckBefore: deckBefore(),
      lang: view.lang,
      fontFamily: FONT_STACK,
    });
    const svg = svgDocument({ width: size.width, height: size.height, title: frame.title ?? '', map, frame: layoutFrame(frame, canvasMeasure(canvas.getContext('2d')!)).prims });
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), width: size.width, height: size.height };
  });
}

/** One view as a PDF page (a JPEG at the asked pixels, on a page of the asked size). */
export async function renderPage(view: SnapshotView, o: SnapshotOptions, signal?: AbortSignal, onStage?: (s: Stage) => void): Promise<PdfPage> {
  return withCanvas(view, o, signal, onStage, async (canvas, _c, size) => ({
    jpeg: new Uint8Array(await (await toBlob(canvas, 'image/jpeg', view.lang, 0.92)).arrayBuffer()),
    width: size.width,
    height: size.height,
    pageWidth: size.page.width,
    pageHeight: size.page.height,
  }));
}

async function withCanvas<T>(
  view: SnapshotView,
  o: SnapshotOptions,
  signal: AbortSignal | undefined,
  onStage: ((s: Stage) => void) | undefined,
  use: (canvas: HTMLCanvasElement, controller: MapController, size: OutputSize, frame: FrameContent) => Promise<T>,
): Promise<T> {
  const size = o.preview ? shrink(outputSize(o.size), o.preview) : outputSize(o.size);
  const limit = maxRenderSide();
  if (!limit) throw new SnapshotError(t(view.lang, 'noWebgl'));
  if (size.width > limit || size.height > limit) {
    const fits = fitWithin(size, limit);
    throw new SnapshotError(t(view.lang, 'exportTooLarge', { v: `${size.width}×${size.height}`, max: String(limit), fits: `${fits.width}×${fits.height}` }), fits);
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  // A CPU-backed canvas: with software WebGL a GPU-backed one took seconds to read back.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const measure = canvasMeasure(ctx);
  // The frame's padding does not depend on the scale, so a first layout gives it.
  const first = layoutFrame(frameContent(view, o, size, 1000), measure);
  onStage?.('map');
  const { controller, cleanup } = await renderMap(view, size, first.padding, limit, signal);
  try {
    // With software WebGL this is where the drawing really happens (the pixels are read back).
    ctx.drawImage(controller.map.getCanvas(), 0, 0, size.width, size.height);
    if (isBlank(ctx, size.width, size.height)) throw new SnapshotError(t(view.lang, 'exportBlank'));
    onStage?.('frame');
    const c = controller.map.getCenter();
    const frame = frameContent(view, o, size, metresPerPixel(controller.map.getZoom(), c.lat) / size.pixelRatio);
    drawPrims(ctx, layoutFrame(frame, measure).prims);
    if (signal?.aborted) throw abortError();
    return await use(canvas, controller, size, frame);
  } finally {
    cleanup();
  }
}

/** Several views as one PDF, a page each (presentation scenes). */
export async function renderPdf(views: SnapshotView[], o: SnapshotOptions, title: string, signal?: AbortSignal, onPage?: (i: number) => void): Promise<Blob> {
  const pages: PdfPage[] = [];
  for (const [i, v] of views.entries()) {
    onPage?.(i);
    pages.push(await renderPage(v, o, signal));
  }
  return new Blob([buildPdf(pages, title) as BlobPart], { type: 'application/pdf' });
}
