// The map as SVG vector paths and text, drawn from the same style the map
// uses: each visible layer's GeoJSON, its filter and its paint evaluated by
// the map that made the PNG (style-eval.ts), and projected by it.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { DeckMark } from '../layers/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { esc } from './svg.ts';
import { colour, layerEval, type Group, type StyleFeature } from './style-eval.ts';

const GEOM_TYPE = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Ctx {
  map: MapLibreMap;
  ratio: number;
  zoom: number;
  placed: Box[];
}

const n = (v: number) => Math.round(v * 10) / 10;
/** Rough text width in ems: CJK characters are square, Latin ones about half as wide. */
const ems = (text: string) => [...text].reduce((s, ch) => s + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.6), 0);

const project = (ctx: Ctx, p: Position, t: [number, number] = [0, 0]): [number, number] => {
  const q = ctx.map.project([p[0], p[1]]);
  return [n((q.x + t[0]) * ctx.ratio), n((q.y + t[1]) * ctx.ratio)];
};

function ringPath(ctx: Ctx, ring: Position[], close: boolean): string {
  const pts = ring.map((p) => project(ctx, p));
  return pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('') + (close ? 'Z' : '');
}

function geometryPath(ctx: Ctx, g: Geometry): string {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => ringPath(ctx, r, true)).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((poly) => poly.map((r) => ringPath(ctx, r, true))).join('');
    case 'LineString':
      return ringPath(ctx, g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => ringPath(ctx, l, false)).join('');
    default:
      return '';
  }
}

const points = (g: Geometry): Position[] => (g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : []);

/**
 * Where a line's label goes: the middle vertex of its longest part, with the
 * direction of the line there, so the name runs along the river.
 */
function lineAnchor(ctx: Ctx, g: Geometry): { at: Position; angle: number }[] {
  const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  // A copy: the source's own line order stays as it is.
  const longest = [...parts].sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.length < 2) return [];
  const mid = Math.floor(longest.length / 2);
  // The direction over a stretch of the line either side, not one wiggle of it.
  const span = Math.max(1, Math.floor(longest.length / 12));
  const [ax, ay] = project(ctx, longest[Math.max(0, mid - span)]);
  const [bx, by] = project(ctx, longest[Math.min(longest.length - 1, mid + span)]);
  let angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
  // Upright, as MapLibre keeps line labels.
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return [{ at: longest[mid], angle: n(angle) }];
}

/**
 * How far below its centre a label's baseline sits, in ems. MapLibre centres
 * a label's em box on its anchor; renderers disagree on dominant-baseline
 * (librsvg and PDF ignore it), so the baseline is placed directly: the CJK
 * em box runs from 0.12 em below the baseline to 0.88 em above it.
 */
export const BASELINE_BELOW_CENTRE = 0.38;

/** A soft band (MapLibre's line-blur) as wider, fainter strokes under the line, which every renderer draws. */
function blurStrokes(d: string, color: string, opacity: number, width: number, blur: number): string {
  return [1, 0.5]
    .map((k) => `<path d="${d}" fill="none" stroke="${color}" stroke-opacity="${n(opacity * 35 * (1.5 - k)) / 100}" stroke-width="${n(width + blur * k * 2)}" stroke-linejoin="round" stroke-linecap="round"/>`)
    .join('');
}

function drawLayer(ctx: Ctx, layer: LayerSpecification, data: FeatureCollection, fontFamily: string): string {
  const style = layerEval(ctx.map, layer.id, ctx.zoom);
  if (!style) return '';
  const source = 'source' in layer ? String(layer.source) : '';
  const out: string[] = [];
  for (const f of data.features) {
    if (!f.geometry) continue;
    const feature: StyleFeature = { type: GEOM_TYPE[f.geometry.type as keyof typeof GEOM_TYPE] ?? 0, id: f.id, properties: f.properties ?? {} };
    if (!style.keeps(feature)) continue;
    const state = f.id !== undefined ? ctx.map.getFeatureState({ source, id: f.id }) : {};
    const get = (group: Group, key: string) => style.get(group, key, feature, state);
    if (layer.type === 'fill') {
      const { color, alpha } = colour(get('paint', 'fill-color'));
      const opacity = Number(get('paint', 'fill-opacity') ?? 1) * alpha;
      if (opacity <= 0.001) continue;
      out.push(`<path d="${geometryPath(ctx, f.geometry)}" fill="${color}" fill-opacity="${n(opacity * 100) / 100}" fill-rule="evenodd"/>`);
    } else if (layer.type === 'line') {
      const { color, alpha } = colour(get('paint', 'line-color'));
      const opacity = Number(get('paint', 'line-opacity') ?? 1) * alpha;
      const width = Number(get('paint', 'line-width') ?? 1) * ctx.ratio;
      const dash = get('paint', 'line-dasharray') as number[] | undefined;
      if (opacity <= 0.001 || width <= 0) continue;
      const dashAttr = Array.isArray(dash) && dash.length ? ` stroke-dasharray="${dash.map((d) => n(d * width)).join(' ')}"` : '';
      const d = geometryPath(ctx, f.geometry);
      const blur = Number(get('paint', 'line-blur') ?? 0) * ctx.ratio;
      if (blur > 0) out.push(blurStrokes(d, color, opacity, width, blur));
      out.push(
        `<path d="${d}" fill="none" stroke="${color}" stroke-opacity="${n(opacity * 100) / 100}" stroke-width="${n(width)}" stroke-linejoin="round" stroke-linecap="round"${dashAttr}/>`,
      );
    } else if (layer.type === 'circle') {
      const { color, alpha } = colour(get('paint', 'circle-color'));
      const stroke = colour(get('paint', 'circle-stroke-color'));
      const r = Number(get('paint', 'circle-radius') ?? 5) * ctx.ratio;
      const sw = Number(get('paint', 'circle-stroke-width') ?? 0) * ctx.ratio;
      const opacity = Number(get('paint', 'circle-opacity') ?? 1) * alpha;
      const t = (get('paint', 'circle-translate') as [number, number] | undefined) ?? [0, 0];
      for (const p of points(f.geometry)) {
        const [x, y] = project(ctx, p, t);
        out.push(`<circle cx="${x}" cy="${y}" r="${n(r)}" fill="${color}" fill-opacity="${n(opacity * 100) / 100}"${sw ? ` stroke="${stroke.color}" stroke-width="${n(sw)}"` : ''}/>`);
      }
    } else if (layer.type === 'symbol') {
      const { text, size, fill, halo, haloWidth: haloW, bold } = labelPaint(get, ctx.ratio);
      if (!text) continue;
      const offset = (get('layout', 'text-offset') as [number, number] | undefined) ?? [0, 0];
      const t = (get('paint', 'text-translate') as [number, number] | undefined) ?? [0, 0];
      const overlap = Boolean(get('layout', 'text-allow-overlap'));
      const spacing = Number(get('layout', 'text-letter-spacing') ?? 0) * size;
      const anchors = get('layout', 'symbol-placement') === 'line' ? lineAnchor(ctx, f.geometry) : points(f.geometry).map((at) => ({ at, angle: 0 }));
      for (const { at, angle } of anchors) {
        const [x0, y0] = project(ctx, at, t);
        const x = n(x0 + offset[0] * size);
        const y = n(y0 + offset[1] * size);
        // Labels collide as MapLibre's do: a later one that overlaps an earlier one (or the frame) is dropped.
        const w = ems(text) * size + spacing * Math.max(0, [...text].length - 1);
        const box = { x: x - w / 2, y: y - size / 2, w, h: size };
        const hits = ctx.placed.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h);
        if (hits && !overlap) continue;
        if (!overlap) ctx.placed.push(box);
        const base = n(y + BASELINE_BELOW_CENTRE * size);
        const rotate = angle ? ` transform="rotate(${angle} ${x} ${y})"` : '';
        const common = `x="${x}" y="${base}" font-size="${n(size)}" font-family="${fontFamily}"${bold ? ' font-weight="bold"' : ''} text-anchor="middle"${spacing ? ` letter-spacing="${n(spacing)}"` : ''}${rotate}`;
        // The halo as its own stroked text under the fill: paint-order is not drawn by every renderer.
        if (haloW) out.push(`<text ${common} fill="none" stroke="${halo}" stroke-width="${n(haloW * 2)}" stroke-linejoin="round">${esc(text)}</text>`);
        out.push(`<text ${common} fill="${fill}">${esc(text)}</text>`);
      }
    }
  }
  return out.length ? `<g id="${esc(layer.id)}">${out.join('')}</g>` : '';
}

function drawDeck(ctx: Ctx, marks: DeckMark[], lang: Lang): string {
  const rgba = (c: [number, number, number, number]) => `stroke="rgb(${c[0]},${c[1]},${c[2]})" stroke-opacity="${n((c[3] / 255) * 100) / 100}"`;
  const parts = marks.map((m) => {
    if (m.type === 'path') {
      return `<g id="${esc(m.id)}">${m.paths
        .map((p) => `<path d="${ringPath(ctx, p.path, false)}" fill="none" ${rgba(p.color)} stroke-width="${n(p.width * ctx.ratio)}" stroke-linecap="round" stroke-linejoin="round"><title>${esc(p.name[lang])}</title></path>`)
        .join('')}</g>`;
    }
    return `<g id="${esc(m.id)}">${m.arcs
      .map((a) => {
        const [x1, y1] = project(ctx, a.from);
        const [x2, y2] = project(ctx, a.to);
        // deck.gl's arcs rise off the map; flat, they read as a bowed line.
        const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
        const len = Math.hypot(x2 - x1, y2 - y1);
        const [cx, cy] = [n(mx + ((y1 - y2) / (len || 1)) * len * 0.2), n(my - ((x2 - x1) / (len || 1)) * len * 0.2)];
        return `<path d="M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}" fill="none" ${rgba(a.color)} stroke-width="${n(3 * ctx.ratio)}"><title>${esc(a.name[lang])}</title></path>`;
      })
      .join('')}</g>`;
  });
  return parts.join('');
}

/** SVG elements for the map, in the style's drawing order; deck.gl marks go where the overlay draws them. */
export async function mapToSvg(
  map: MapLibreMap,
  o: { ratio: number; width: number; height: number; deck: DeckMark[]; deckBefore: string; lang: Lang; fontFamily: string; keepOut?: Box[] },
): Promise<string> {
  // The frame's elements count as placed labels: no map label goes under them.
  const ctx: Ctx = { map, ratio: o.ratio, zoom: map.getZoom(), placed: [...(o.keepOut ?? [])] };
  const data = new Map<string, FeatureCollection>();
  const sourceData = async (id: string): Promise<FeatureCollection> => {
    if (!data.has(id)) {
      const d = (await map.getSource<GeoJSONSource>(id)?.getData()) as FeatureCollection | undefined;
      data.set(id, d?.type === 'FeatureCollection' ? d : { type: 'FeatureCollection', features: [] });
    }
    return data.get(id)!;
  };
  const out: string[] = [];
  for (const layer of map.getStyle().layers) {
    if (layer.id === o.deckBefore) out.push(drawDeck(ctx, o.deck, o.lang));
    if ((layer.layout as { visibility?: string } | undefined)?.visibility === 'none') continue;
    if ((layer.minzoom ?? 0) > ctx.zoom || (layer.maxzoom ?? 99) <= ctx.zoom) continue;
    if (layer.type === 'background') {
      const { color } = colour(layerEval(map, layer.id, ctx.zoom)?.get('paint', 'background-color', { type: 0, id: undefined, properties: {} }, {}));
      out.push(`<rect width="${o.width}" height="${o.height}" fill="${color}"/>`);
    } else if ('source' in layer) {
      out.push(drawLayer(ctx, layer, await sourceData(String(layer.source)), o.fontFamily));
    }
  }
  return out.join('\n');
}

/** A label's text and paint as the style gives them for one feature, in output pixels. */
interface LabelPaint {
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  halo: string;
  haloWidth: number;
}

function labelPaint(get: (group: Group, key: string) => unknown, ratio: number): LabelPaint {
  return {
    text: String(get('layout', 'text-field') ?? '').trim(),
    size: Number(get('layout', 'text-size') ?? 16) * ratio,
    bold: Boolean((get('layout', 'text-font') as string[] | undefined)?.some((x) => /Bold/.test(x))),
    fill: colour(get('paint', 'text-color')).color,
    halo: colour(get('paint', 'text-halo-color')).color,
    haloWidth: Number(get('paint', 'text-halo-width') ?? 0) * ratio,
  };
}

/** A line label as the style asks for it: text, place, direction and paint, in output pixels. */
export interface LineLabel extends LabelPaint {
  layer: string;
  /** Which feature it names (its Chinese name, the same in either language). */
  key: string;
  x: number;
  y: number;
  angle: number;
}

/** Every name the style places along lines (rivers), one per feature, where the SVG puts it. */
export async function lineLabels(map: MapLibreMap, ratio: number): Promise<LineLabel[]> {
  const ctx: Ctx = { map, ratio, zoom: map.getZoom(), placed: [] };
  const out: LineLabel[] = [];
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'symbol' || (layer.layout as Record<string, unknown> | undefined)?.['symbol-placement'] !== 'line') continue;
    if ((layer.layout as { visibility?: string } | undefined)?.visibility === 'none') continue;
    if ((layer.minzoom ?? 0) > ctx.zoom || (layer.maxzoom ?? 99) <= ctx.zoom) continue;
    const data = (await map.getSource<GeoJSONSource>(String(layer.source))?.getData()) as FeatureCollection | undefined;
    const style = layerEval(map, layer.id, ctx.zoom);
    if (!style) continue;
    for (const f of data?.features ?? []) {
      if (!f.geometry) continue;
      const feature: StyleFeature = { type: 2, id: f.id, properties: f.properties ?? {} };
      if (!style.keeps(feature)) continue;
      const paint = labelPaint((group, key) => style.get(group, key, feature, {}), ratio);
      if (!paint.text) continue;
      for (const { at, angle } of lineAnchor(ctx, f.geometry)) {
        const [x, y] = project(ctx, at);
        out.push({ layer: layer.id, key: String(f.properties?.name_zh ?? f.id ?? paint.text), x, y, angle, ...paint });
      }
    }
  }
  return out;
}

