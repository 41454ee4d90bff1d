// A PowerPoint deck (16:9): one slide per scene or view, the map as an image
// at the slide's resolution, and everything a presenter retypes today as
// editable text: title, caption, the plan chapters it draws on, the legend
// (native shapes beside its labels) and the source line; the notes pane holds
// the link that opens the scene in the atlas. Loaded on first use.
import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { loadRecords } from '../plan/records.ts';
import { layerContext } from '../map/plan-layers.ts';
import { legendGroups, planSources, sourceLine } from './content.ts';
import type { LegendGroup } from './frame.ts';
import { renderSlideImage, type SnapshotView } from './render.ts';
import type { OutputSize } from './presets.ts';

export interface DeckSlide {
  view: SnapshotView;
  title: string;
  caption: string;
  /** The atlas link that opens this view. */
  link: string;
}

// LAYOUT_WIDE: 13.333 × 7.5 in. Map on the left, words on the right.
const SLIDE = { w: 13.333, h: 7.5 };
const MAP = { x: 0.35, y: 1.35, w: 8.6, h: 5.5 };
const SIDE = { x: 9.2, w: 3.8 };
/** Map pixels per inch: a 1920-pixel-wide slide shown full screen draws the map's labels at their screen size. */
const CSS_PER_INCH = 1920 / SLIDE.w;
/** Image pixels per CSS pixel: sharp on a 4K projector or in print. */
const IMAGE_RATIO = 1.5;

const INK = '1F1B16';
const MUTED = '5B5346';

function hex(color: string): string {
  const c = color.trim();
  const long = /^#([0-9a-f]{6})$/i.exec(c);
  if (long) return long[1].toUpperCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (short) return (short[1] + short[1] + short[2] + short[2] + short[3] + short[3]).toUpperCase();
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(c);
  if (rgb) return rgb.slice(1, 4).map((v) => Number(v).toString(16).padStart(2, '0')).join('').toUpperCase();
  return '888888';
}

export const MAP_IMAGE: OutputSize = (() => {
  const css = { width: Math.round(MAP.w * CSS_PER_INCH), height: Math.round(MAP.h * CSS_PER_INCH) };
  return {
    width: Math.round(css.width * IMAGE_RATIO),
    height: Math.round(css.height * IMAGE_RATIO),
    pixelRatio: IMAGE_RATIO,
    page: { width: MAP.w * 72, height: MAP.h * 72 },
    label: 'slide map',
  };
})();

type Slide = ReturnType<PptxGenJS['addSlide']>;

/** The legend as native shapes and text boxes; returns the height used (in). */
function addLegend(pptx: PptxGenJS, slide: Slide, groups: LegendGroup[], y0: number, maxY: number): number {
  let y = y0;
  const row = 0.24;
  for (const g of groups) {
    if (y + row > maxY) break;
    slide.addText(g.title, { x: SIDE.x, y, w: SIDE.w, h: row, fontSize: 10, bold: true, color: INK, margin: 0, valign: 'middle' });
    y += row;
    for (const e of g.entries) {
      if (y + row > maxY) break;
      const c = hex(e.color);
      const sx = SIDE.x;
      const sy = y + 0.05;
      if (e.swatch === 'fill') slide.addShape(pptx.ShapeType.rect, { x: sx, y: sy, w: 0.3, h: 0.14, fill: { color: c, transparency: 55 }, line: { color: c, width: 0.75 } });
      else if (e.swatch === 'band') slide.addShape(pptx.ShapeType.rect, { x: sx, y: sy + 0.02, w: 0.3, h: 0.1, fill: { color: c, transparency: 55 }, line: { type: 'none' } });
      else if (e.swatch === 'point') slide.addShape(pptx.ShapeType.ellipse, { x: sx + 0.08, y: sy, w: 0.14, h: 0.14, fill: { color: c }, line: { color: '555555', width: 0.75 } });
      else if (e.swatch !== 'none' || e.color !== 'none')
        slide.addShape(pptx.ShapeType.line, { x: sx, y: sy + 0.07, w: 0.3, h: 0, line: { color: c, width: e.swatch === 'line' || e.swatch === 'arc' ? 2 : 1, dashType: e.swatch === 'none' ? 'dash' : 'solid' } });
      slide.addText(e.label, { x: sx + 0.4, y, w: SIDE.w - 0.4, h: row, fontSize: 9, color: INK, margin: 0, valign: 'middle', fit: 'shrink' });
      y += row;
    }
    y += 0.06;
  }
  return y - y0;
}

export async function buildDeck(slides: readonly DeckSlide[], lang: Lang, signal?: AbortSignal, onSlide?: (i: number) => void): Promise<Blob> {
  await loadRecords();
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = t(lang, 'title');
  pptx.company = t(lang, 'title');
  const face = lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  pptx.theme = { headFontFace: face, bodyFontFace: face };
  const textLang = lang === 'zh' ? 'zh-CN' : 'en-GB';
  for (const [i, s] of slides.entries()) {
    onSlide?.(i);
    const image = await renderSlideImage(s.view, MAP_IMAGE, signal);
    const data = await new Promise<string>((done, fail) => {
      const r = new FileReader();
      // pptxgenjs takes the data URL without its "data:" scheme.
      r.onload = () => done(String(r.result).replace(/^data:/, ''));
      r.onerror = () => fail(r.error);
      r.readAsDataURL(image);
    });
    const slide = pptx.addSlide();
    slide.addText(s.title, { x: 0.35, y: 0.25, w: SLIDE.w - 0.7, h: 0.6, fontSize: 26, bold: true, color: INK, margin: 0, lang: textLang });
    if (s.caption && s.caption !== s.title) slide.addText(s.caption, { x: 0.35, y: 0.85, w: SLIDE.w - 0.7, h: 0.4, fontSize: 14, color: MUTED, margin: 0, lang: textLang });
    slide.addImage({ data, x: MAP.x, y: MAP.y, w: MAP.w, h: MAP.h, altText: `${s.title} (${t(lang, 'indicative')})` });
    const layers = s.view.layers;
    const plans = planSources(PLAN_RECORDS, layers, lang);
    let y = MAP.y;
    if (plans.length) {
      const h = 0.22 + plans.length * 0.36;
      slide.addText(
        [{ text: t(lang, 'sourcePlans'), options: { bold: true, breakLine: true } }, ...plans.map((p) => ({ text: p, options: { breakLine: true } }))],
        { x: SIDE.x, y, w: SIDE.w, h, fontSize: 9, color: INK, margin: 0, valign: 'top', lang: textLang },
      );
      y += h + 0.12;
    }
    addLegend(pptx, slide, legendGroups(layers, lang, (k) => layerContext(k, s.view.seat)), y, MAP.y + MAP.h);
    slide.addText(sourceLine(PLAN_RECORDS, layers, lang), { x: 0.35, y: SLIDE.h - 0.55, w: SLIDE.w - 0.7, h: 0.45, fontSize: 8, color: MUTED, margin: 0, valign: 'top', fit: 'shrink', lang: textLang });
    slide.addNotes(`${s.title}\n${s.caption}\n${t(lang, 'deckLink')} ${s.link}`);
  }
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
