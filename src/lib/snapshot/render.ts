// Renders a view into a snapshot. The map is drawn again, off screen, at the
// asked size; the frame (title, legend, scale bar, north arrow, source, date)
// is laid out around it, its elements moved off the map's labels. A PNG is
// the map's pixels at the asked pixel ratio with the frame drawn over them;
// an SVG or PDF is the same picture as vector paths and text.
import type { Lang } from '../i18n/lang.ts';
import type { LayerKey } from '../plan/schema.ts';
import type { LayerContext } from '../layers/types.ts';
import type { BBox, MapController, Picked } from '../map/create.ts';
import { deckBefore, deckMarks, layerContext } from '../map/plan-layers.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { loadRecords } from '../plan/records.ts';
import { t } from '../i18n/strings.ts';
import { fitWithin, outputSize, shrink, type OutputSize, type SizeRequest } from './presets.ts';
import { layoutFrame, type Frame, type FrameContent } from './frame.ts';
import { canvasMeasure, drawPrims } from './canvas.ts';
import { defaultTitles, legendGroups, sourceLine } from './content.ts';
import { metresPerPixel } from './scale-bar.ts';
import { mapToSvg } from './svg-map.ts';
import { svgDocument } from './svg.ts';
import { encodePng } from './png.ts';
import { FONT_STACK } from './primitives.ts';
import { isBlank, labelFree, maxRenderSide, renderMap } from './map-render.ts';
import { drawMissingLineLabels } from './raster-labels.ts';
import { abortError, SnapshotError } from './errors.ts';
import type { Element, Format } from './options.ts';

export { SnapshotError, maxRenderSide };

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
  /** An exact output size, for callers that lay out a page themselves (slides). */
  exact?: OutputSize;
}

export type Stage = 'map' | 'frame' | 'encode';

export interface Rendered {
  blob: Blob;
  width: number;
  height: number;
  /** Characters the PDF's font lacks (they print as empty boxes). */
  missing?: string[];
}

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

interface Drawn {
  controller: MapController;
  size: OutputSize;
  content: FrameContent;
  frame: Frame;
  /** The map with the frame over it: raster snapshots only. */
  canvas: HTMLCanvasElement | null;
}

/** Draws a view off screen, lays its frame out off the map's labels, and hands both to `use`. */
async function drawView<T>(view: SnapshotView, o: SnapshotOptions, raster: boolean, signal: AbortSignal | undefined, onStage: ((s: Stage) => void) | undefined, use: (d: Drawn) => Promise<T>): Promise<T> {
  const size = o.exact ?? (o.preview ? shrink(outputSize(o.size), o.preview) : outputSize(o.size));
  const limit = maxRenderSide();
  if (!limit) throw new SnapshotError(t(view.lang, 'noWebgl'));
  if (raster && (size.width > limit || size.height > limit)) {
    const fits = fitWithin(size, limit);
    throw new SnapshotError(t(view.lang, 'exportTooLarge', { v: `${size.width}×${size.height}`, max: String(limit), fits: `${fits.width}×${fits.height}` }), fits);
  }
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = raster ? [size.width, size.height] : [1, 1];
  // A CPU-backed canvas: with software WebGL a GPU-backed one took seconds to read back.
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const measure = canvasMeasure(ctx);
  // The frame's padding does not depend on the scale, so a first layout gives it.
  const first = layoutFrame(frameContent(view, o, size, 1000), measure);
  onStage?.('map');
  const { controller, cleanup } = await renderMap(view, size, first.padding, limit, raster, signal);
  try {
    if (raster) {
      // With software WebGL this is where the drawing really happens (the pixels are read back).
      ctx.drawImage(controller.map.getCanvas(), 0, 0, size.width, size.height);
      if (isBlank(ctx, size.width, size.height)) throw new SnapshotError(t(view.lang, 'exportBlank'));
    }
    onStage?.('frame');
    const c = controller.map.getCenter();
    const content = frameContent(view, o, size, metresPerPixel(controller.map.getZoom(), c.lat) / size.pixelRatio);
    const free = labelFree(controller, size.pixelRatio);
    const frame = layoutFrame(content, measure, free);
    if (raster) {
      await drawMissingLineLabels(ctx, controller.map, size.pixelRatio, free, frame.keepOut);
      drawPrims(ctx, frame.prims);
    }
    if (signal?.aborted) throw abortError();
    return await use({ controller, size, content, frame, canvas: raster ? canvas : null });
  } finally {
    cleanup();
  }
}

async function svgOf(view: SnapshotView, d: Drawn): Promise<string> {
  const map = await mapToSvg(d.controller.map, {
    ratio: d.size.pixelRatio,
    width: d.size.width,
    height: d.size.height,
    deck: deckMarks(view.seat, view.layers),
    deckBefore: deckBefore((id) => Boolean(d.controller.map.getLayer(id))),
    lang: view.lang,
    fontFamily: FONT_STACK,
    keepOut: d.frame.keepOut,
  });
  return svgDocument({ width: d.size.width, height: d.size.height, title: d.content.title ?? '', map, frame: d.frame.prims });
}

/** Dots per inch of an output: pixels over the page's inches (a 1920-pixel slide is 20 in at 96 dpi). */
const dpiOf = (size: OutputSize) => Math.round((size.width / size.page.width) * 72);

async function pngOf(d: Drawn, lang: Lang): Promise<Blob> {
  const { width, height } = d.size;
  const rgba = d.canvas!.getContext('2d')!.getImageData(0, 0, width, height).data;
  const text: Record<string, string> = { Software: t(lang, 'title') };
  if (d.content.title) text.Title = d.content.title;
  if (d.content.source) text.Source = d.content.source;
  return new Blob([(await encodePng({ width, height, rgba, dpi: dpiOf(d.size), text })) as BlobPart], { type: 'image/png' });
}

/** One view as PNG, SVG or PDF. */
export async function renderSnapshot(view: SnapshotView, o: SnapshotOptions, signal?: AbortSignal, onStage?: (s: Stage) => void): Promise<Rendered> {
  // Legends, chapters and deck.gl marks read every record.
  await loadRecords();
  const raster = o.format === 'png';
  type Out = { kind: 'png'; blob: Blob; size: OutputSize } | { kind: 'vector'; svg: string; size: OutputSize; title: string };
  const out = await drawView<Out>(view, o, raster, signal, onStage, async (d) => {
    onStage?.('encode');
    if (raster) return { kind: 'png', blob: await pngOf(d, view.lang), size: d.size };
    return { kind: 'vector', svg: await svgOf(view, d), size: d.size, title: d.content.title ?? t(view.lang, 'title') };
  });
  if (out.kind === 'png') return { blob: out.blob, width: out.size.width, height: out.size.height };
  if (o.format === 'svg') return { blob: new Blob([out.svg], { type: 'image/svg+xml' }), width: out.size.width, height: out.size.height };
  const { buildVectorPdf } = await import('./vector-pdf.ts');
  const pdf = await buildVectorPdf([{ svg: out.svg, page: out.size.page }], out.title);
  return { blob: new Blob([pdf.bytes], { type: 'application/pdf' }), width: out.size.width, height: out.size.height, missing: pdf.missing };
}

/** A page's own title and subtitle (a scene's title and caption). */
export interface PageTitles {
  title: string | null;
  subtitle: string | null;
}

/** Several views as one PDF, a vector page each (presentation scenes). */
export async function renderPdf(
  views: SnapshotView[],
  o: SnapshotOptions,
  title: string,
  signal?: AbortSignal,
  onPage?: (i: number) => void,
  titles?: PageTitles[],
): Promise<Rendered> {
  await loadRecords();
  const pages: { svg: string; page: OutputSize['page'] }[] = [];
  let size: OutputSize | null = null;
  for (const [i, v] of views.entries()) {
    onPage?.(i);
    const page = { ...o, ...(titles?.[i] ?? {}) };
    pages.push(await drawView(v, page, false, signal, undefined, async (d) => ((size = d.size), { svg: await svgOf(v, d), page: d.size.page })));
  }
  const { buildVectorPdf } = await import('./vector-pdf.ts');
  const pdf = await buildVectorPdf(pages, title);
  const s = size as OutputSize | null;
  return { blob: new Blob([pdf.bytes], { type: 'application/pdf' }), width: s?.width ?? 0, height: s?.height ?? 0, missing: pdf.missing };
}

/** One view as the map image of a slide: the map and its scale bar and north arrow; the slide holds the words. */
export async function renderSlideImage(view: SnapshotView, size: OutputSize, signal?: AbortSignal): Promise<Blob> {
  await loadRecords();
  const o: SnapshotOptions = { size: { preset: 'slide' }, format: 'png', title: null, subtitle: null, hide: new Set(['title', 'legend', 'source', 'date']), exact: size };
  return drawView(view, o, true, signal, undefined, (d) => pngOf(d, view.lang));
}
