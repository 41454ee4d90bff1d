// The frame around the map in a snapshot: title, legend, scale bar, north
// arrow, source line and date, laid out for the output size. Returns the
// shapes to draw and the padding that keeps the map clear of them.
import type { LegendEntry } from '../layers/types.ts';
import type { Measure, Prim } from './primitives.ts';
import { scaleBar } from './scale-bar.ts';

export interface LegendGroup {
  title: string;
  entries: { label: string; color: string; swatch: LegendEntry['swatch'] }[];
}

export interface FrameContent {
  width: number;
  height: number;
  /** Output pixels per CSS pixel: every size below scales with it. */
  unit: number;
  title: string | null;
  subtitle: string | null;
  legend: LegendGroup[] | null;
  /** Metres per output pixel at the map's centre, for the scale bar. */
  scale: number | null;
  north: boolean;
  source: string | null;
  date: string | null;
}

export interface Frame {
  prims: Prim[];
  /** Space the map must leave free, in output pixels. */
  padding: { top: number; bottom: number; left: number; right: number };
  /** The legend's box, for checks. */
  legendBox: Box | null;
  /** Boxes of the elements that sit over the map (legend, scale bar, north arrow): no label may go under them. */
  keepOut: Box[];
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when no map label lies in the box (output pixels). */
export type IsFree = (b: Box) => boolean;

/**
 * The first of the candidate spots for an element that covers no label: the
 * usual corner first, then steps along the edges of the map area.
 */
function spot(candidates: Box[], isFree?: IsFree): Box {
  return (isFree && candidates.find(isFree)) || candidates[0];
}

const INK = '#1f1b16';
const MUTED = '#5b5346';
const PAPER = '#ffffff';

// Chinese line-breaking rules (禁则): these never start a line, and opening brackets never end one.
const NO_START = /^[)\]}）】」』》〉〕，。、；：！？,.;:!?…—]/;
const NO_END = /[([{（【「『《〈〔]$/;

/** Greedy line-wrapping by measured width; CJK text may break anywhere but around punctuation. */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line: string[] = [];
  for (const tok of tokens) {
    if (line.length && measure(line.join('') + tok, size) > width) {
      // Carry the line's last character down with a closing mark, and an opening mark with what follows.
      const carry: string[] = [];
      if (NO_START.test(tok) && line.length > 1) carry.unshift(line.pop()!);
      while (line.length > 1 && NO_END.test(line[line.length - 1])) carry.unshift(line.pop()!);
      lines.push(line.join('').trimEnd());
      line = [...carry, tok];
      line[0] = line[0].trimStart();
    } else {
      line.push(tok);
    }
  }
  if (line.join('').trim()) lines.push(line.join('').trimEnd());
  return lines;
}

function swatch(kind: LegendEntry['swatch'], color: string, x: number, y: number, u: number): Prim[] {
  const w = 22 * u;
  const h = 14 * u;
  const cy = y + h / 2;
  switch (kind) {
    case 'fill':
      return [{ kind: 'rect', x: x + u, y: y + u, w: w - 2 * u, h: h - 2 * u, fill: color, opacity: 0.45, stroke: color, strokeWidth: u }];
    case 'band':
      return [{ kind: 'line', x1: x + 3 * u, y1: cy, x2: x + w - 3 * u, y2: cy, stroke: color, width: 9 * u, opacity: 0.45 }];
    case 'line':
      return [{ kind: 'line', x1: x + u, y1: cy, x2: x + w - u, y2: cy, stroke: color, width: 3 * u }];
    case 'arc':
      return [{ kind: 'path', d: `M${x + 2 * u} ${y + 12 * u} Q${x + 11 * u} ${y} ${x + 20 * u} ${y + 12 * u}`, fill: 'none', stroke: color, strokeWidth: 2.5 * u }];
    case 'point':
      return [{ kind: 'circle', cx: x + 11 * u, cy, r: 5 * u, fill: color, stroke: '#555555', strokeWidth: 1.2 * u }];
    default:
      return [{ kind: 'line', x1: x + 4 * u, y1: cy, x2: x + w - 4 * u, y2: cy, stroke: color, width: 1.5 * u, dash: [2 * u, 2 * u] }];
  }
}

interface Block {
  w: number;
  h: number;
  draw: (x: number, y: number) => Prim[];
}

function legendBlock(groups: LegendGroup[], u: number, maxH: number, measure: Measure): Block | null {
  if (!groups.length) return null;
  const size = 11 * u;
  const head = 12 * u;
  const row = 18 * u;
  const pad = 10 * u;
  const maxLabel = 260 * u;
  // Rows of the legend in order: group titles and entries.
  type Row = { kind: 'head'; text: string } | { kind: 'entry'; text: string; color: string; swatch: LegendEntry['swatch'] };
  const rows: Row[] = groups.flatMap((g) => [
    { kind: 'head' as const, text: g.title },
    ...g.entries.flatMap((e) =>
      wrap(e.label, maxLabel, size, measure).map((text, i) => ({ kind: 'entry' as const, text, color: i ? 'none' : e.color, swatch: e.swatch })),
    ),
  ]);
  const rowH = (r: Row) => (r.kind === 'head' ? row + 2 * u : row);
  // Columns: fill one to the height allowed, then start the next.
  const cols: Row[][] = [[]];
  let h = 0;
  for (const r of rows) {
    if (h + rowH(r) > maxH - 2 * pad && cols[cols.length - 1].length) {
      cols.push([]);
      h = 0;
    }
    cols[cols.length - 1].push(r);
    h += rowH(r);
  }
  const colW = cols.map((c) => Math.max(...c.map((r) => (r.kind === 'head' ? measure(r.text, head, true) : 28 * u + measure(r.text, size)))));
  const colH = cols.map((c) => c.reduce((s, r) => s + rowH(r), 0));
  const w = colW.reduce((s, x) => s + x, 0) + pad * 2 + (cols.length - 1) * 16 * u;
  const height = Math.max(...colH) + pad * 2;
  return {
    w,
    h: height,
    draw: (x, y) => {
      const out: Prim[] = [{ kind: 'rect', x, y, w, h: height, fill: PAPER, opacity: 0.92, stroke: '#cfc6b5', strokeWidth: u }];
      let cx = x + pad;
      cols.forEach((c, i) => {
        let cy = y + pad;
        for (const r of c) {
          if (r.kind === 'head') {
            out.push({ kind: 'text', x: cx, y: cy + 14 * u, text: r.text, size: head, bold: true, fill: INK });
          } else {
            if (r.color !== 'none') out.push(...swatch(r.swatch, r.color, cx, cy + 2 * u, u));
            out.push({ kind: 'text', x: cx + 28 * u, y: cy + 13 * u, text: r.text, size, fill: INK });
          }
          cy += rowH(r);
        }
        cx += colW[i] + 16 * u;
      });
      return out;
    },
  };
}

export function layoutFrame(c: FrameContent, measure: Measure, isFree?: IsFree): Frame {
  const u = c.unit;
  const m = 16 * u;
  const prims: Prim[] = [];
  let top = m;
  let bottom = m;

  // Header band: title and subtitle.
  if (c.title || c.subtitle) {
    const titleLines = c.title ? wrap(c.title, c.width - 2 * m, 26 * u, measure) : [];
    const subLines = c.subtitle ? wrap(c.subtitle, c.width - 2 * m, 15 * u, measure) : [];
    const h = m + titleLines.length * 34 * u + subLines.length * 21 * u + 8 * u;
    prims.push({ kind: 'rect', x: 0, y: 0, w: c.width, h, fill: PAPER });
    let y = m;
    for (const line of titleLines) prims.push({ kind: 'text', x: m, y: (y += 34 * u) - 8 * u, text: line, size: 26 * u, bold: true, fill: INK });
    for (const line of subLines) prims.push({ kind: 'text', x: m, y: (y += 21 * u) - 5 * u, text: line, size: 15 * u, fill: MUTED });
    prims.push({ kind: 'line', x1: 0, y1: h, x2: c.width, y2: h, stroke: '#cfc6b5', width: u });
    top = h + m;
  }

  // Footer band: source lines on the left, the date on the right.
  if (c.source || c.date) {
    const size = 10.5 * u;
    const dateW = c.date ? measure(c.date, size) + m : 0;
    const lines = c.source ? wrap(c.source, c.width - 2 * m - dateW, size, measure) : [];
    const h = Math.max(1, lines.length) * 15 * u + 2 * 8 * u;
    const y0 = c.height - h;
    prims.push({ kind: 'rect', x: 0, y: y0, w: c.width, h, fill: PAPER });
    prims.push({ kind: 'line', x1: 0, y1: y0, x2: c.width, y2: y0, stroke: '#cfc6b5', width: u });
    lines.forEach((line, i) => prims.push({ kind: 'text', x: m, y: y0 + 8 * u + (i + 1) * 15 * u - 4 * u, text: line, size, fill: MUTED }));
    if (c.date) prims.push({ kind: 'text', x: c.width - m, y: y0 + 8 * u + 11 * u, text: c.date, size, fill: MUTED, anchor: 'end' });
    bottom = h + m;
  }

  const keepOut: Box[] = [];
  // North arrow: top right under the header, or further left where a label would be under it.
  if (c.north) {
    const w = 24 * u;
    const h = 46 * u;
    const candidates = [
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ x: c.width - m - w - i * (w + 2 * m), y: top, w, h })),
      ...[1, 2, 3].map((i) => ({ x: c.width - m - w, y: top + i * (h + m), w, h })),
    ];
    const b = spot(candidates, isFree);
    const x = b.x + w / 2;
    const y = b.y;
    keepOut.push(b);
    prims.push({ kind: 'path', d: `M${x} ${y} L${x + 9 * u} ${y + 26 * u} L${x} ${y + 20 * u} L${x - 9 * u} ${y + 26 * u} Z`, fill: INK });
    prims.push({ kind: 'text', x, y: y + 42 * u, text: 'N', size: 13 * u, bold: true, fill: INK, anchor: 'middle' });
  }

  // Scale bar: bottom right above the footer, or moved along the bottom and up the right edge off any label.
  if (c.scale) {
    const bar = scaleBar(c.scale, Math.min(160 * u, c.width / 5));
    const w = bar.px + 12 * u;
    const h = 30 * u;
    const right = c.width - m + 6 * u - w;
    const low = c.height - bottom - 4 * u - 24 * u;
    const candidates = [
      ...[0, 1, 2, 3].map((i) => ({ x: right - i * (w + m), y: low, w, h })),
      ...[1, 2, 3, 4].map((i) => ({ x: right, y: low - i * (h + m), w, h })),
    ].filter((b) => b.x >= 0);
    const b = spot(candidates, isFree);
    keepOut.push(b);
    const x1 = b.x + 6 * u;
    const y = b.y + 24 * u;
    prims.push({ kind: 'rect', x: b.x, y: b.y, w, h, fill: PAPER, opacity: 0.85 });
    prims.push({ kind: 'line', x1, y1: y, x2: x1 + bar.px, y2: y, stroke: INK, width: 2 * u });
    prims.push({ kind: 'line', x1, y1: y - 6 * u, x2: x1, y2: y, stroke: INK, width: 1.5 * u });
    prims.push({ kind: 'line', x1: x1 + bar.px, y1: y - 6 * u, x2: x1 + bar.px, y2: y, stroke: INK, width: 1.5 * u });
    prims.push({ kind: 'text', x: x1 + bar.px / 2, y: y - 9 * u, text: `${bar.km} km`, size: 11 * u, fill: INK, anchor: 'middle' });
  }

  // Legend: beside the map on landscape pages, under it on portrait ones.
  const padding = { top, bottom, left: m, right: m + (c.north ? 24 * u : 0) };
  let legendBox: Frame['legendBox'] = null;
  const landscape = c.width >= c.height;
  const legend = c.legend ? legendBlock(c.legend, u, c.height - top - bottom, measure) : null;
  if (legend) {
    const x = m;
    // Bottom left; on landscape pages (where the legend's column is kept free of the fitted map),
    // top left instead when the bottom would cover a label.
    const ys = landscape ? [c.height - bottom - legend.h, top] : [c.height - bottom - legend.h];
    const { y } = spot(
      ys.map((y) => ({ x, y, w: legend.w, h: legend.h })),
      isFree,
    );
    prims.push(...legend.draw(x, y));
    legendBox = { x, y, w: legend.w, h: legend.h };
    keepOut.push(legendBox);
    if (landscape) padding.left = m + legend.w + m;
    else padding.bottom = bottom + legend.h + m;
  }
  return { prims, padding, legendBox, keepOut };
}
