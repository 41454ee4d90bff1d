// Output sizes a presenter asks for: slides in pixels, paper at a dpi. The map
// is drawn at a CSS size and a pixel ratio that give the asked pixels, so
// labels and lines come out at the size they would have on screen or in print.
export const PAPER_MM = { a4: [210, 297], a3: [297, 420] } as const;
export type Paper = keyof typeof PAPER_MM;

export const PRESETS = ['slide', 'slide-4k', 'a4', 'a4-landscape', 'a3', 'a3-landscape', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];
export const DPIS = [150, 300] as const;

export interface SizeRequest {
  preset: Preset;
  /** Paper sizes only. */
  dpi?: number;
  /** Custom size only. */
  width?: number;
  height?: number;
}

export interface OutputSize {
  /** Pixels of the PNG (and the SVG's view box). */
  width: number;
  height: number;
  /** Drawing scale: output pixels per CSS pixel of the map. */
  pixelRatio: number;
  /** Page size for the PDF, in points (1/72 in). */
  page: { width: number; height: number };
  label: string;
}

const MM_PER_INCH = 25.4;
/** CSS pixels per inch: print layouts are drawn as a 96-dpi screen would show them. */
const CSS_DPI = 96;
export const MAX_SIDE = 20_000;

export function outputSize(r: SizeRequest): OutputSize {
  if (r.preset === 'slide' || r.preset === 'slide-4k') {
    const k = r.preset === 'slide' ? 1 : 2;
    return { width: 1920 * k, height: 1080 * k, pixelRatio: k, page: { width: 1440, height: 810 }, label: `${1920 * k}×${1080 * k}` };
  }
  if (r.preset === 'custom') {
    const width = Math.round(r.width ?? 0);
    const height = Math.round(r.height ?? 0);
    if (!(width >= 200 && height >= 200 && width <= MAX_SIDE && height <= MAX_SIDE)) {
      throw new RangeError(`a custom size needs both sides between 200 and ${MAX_SIDE} pixels`);
    }
    // Large custom sizes draw like a 1920-wide screen scaled up.
    const pixelRatio = Math.max(1, Math.max(width, height) / 1920);
    return { width, height, pixelRatio, page: { width: (width * 72) / CSS_DPI / pixelRatio, height: (height * 72) / CSS_DPI / pixelRatio }, label: `${width}×${height}` };
  }
  const dpi = r.dpi ?? 150;
  if (!(dpi >= 72 && dpi <= 600)) throw new RangeError('dpi must be between 72 and 600');
  const paper = r.preset.slice(0, 2) as Paper;
  const [short, long] = PAPER_MM[paper];
  const [wMm, hMm] = r.preset.endsWith('landscape') ? [long, short] : [short, long];
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  const pt = (mm: number) => (mm / MM_PER_INCH) * 72;
  return {
    width: px(wMm),
    height: px(hMm),
    pixelRatio: dpi / CSS_DPI,
    page: { width: pt(wMm), height: pt(hMm) },
    label: `${paper.toUpperCase()}${r.preset.endsWith('landscape') ? ' landscape' : ''} ${dpi} dpi`,
  };
}

/** The CLI's --size: 3840x2160, a4, a3, a4-landscape, a3-landscape. */
export function parseSize(size: string, dpi?: number): SizeRequest {
  const px = /^(\d+)x(\d+)$/.exec(size);
  if (px) {
    const [w, h] = [Number(px[1]), Number(px[2])];
    if (w === 1920 && h === 1080) return { preset: 'slide' };
    if (w === 3840 && h === 2160) return { preset: 'slide-4k' };
    return { preset: 'custom', width: w, height: h };
  }
  if ((PRESETS as readonly string[]).includes(size) && size.startsWith('a')) return { preset: size as Preset, dpi: dpi ?? 300 };
  throw new RangeError(`unknown size "${size}": use WIDTHxHEIGHT, a4, a3, a4-landscape or a3-landscape`);
}

/** The largest size with the same shape whose longer side fits the limit. */
export function fitWithin(size: { width: number; height: number }, limit: number): { width: number; height: number } {
  const k = Math.min(1, limit / Math.max(size.width, size.height));
  return { width: Math.floor(size.width * k), height: Math.floor(size.height * k) };
}

/** The same page shrunk so its longer side is maxSide: a preview that lays out like the real thing. */
export function shrink(size: OutputSize, maxSide: number): OutputSize {
  const k = Math.min(1, maxSide / Math.max(size.width, size.height));
  return { ...size, width: Math.round(size.width * k), height: Math.round(size.height * k), pixelRatio: size.pixelRatio * k };
}
