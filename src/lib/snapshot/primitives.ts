// What a snapshot's frame is drawn from: a few shapes and texts in output
// pixels. One list feeds both the PNG (canvas) and the SVG, so they match.
export type Prim =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; strokeWidth?: number; opacity?: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; fill: string; anchor?: 'start' | 'middle' | 'end' }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; opacity?: number; dash?: number[] }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | { kind: 'path'; d: string; fill: string; stroke?: string; strokeWidth?: number; opacity?: number };

/** Width of a text at a size, in output pixels. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/** The family the PDF embeds, first in the stack so browsers and librsvg pick the same font. */
export const FONT_FAMILY = 'Noto Sans CJK SC';
export const FONT_STACK = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
