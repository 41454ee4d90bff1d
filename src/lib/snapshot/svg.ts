// The frame's shapes as SVG, and the whole snapshot as one SVG document.
import type { Prim } from './primitives.ts';
import { FONT_STACK } from './primitives.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (v: number) => Math.round(v * 10) / 10;

export function primToSvg(p: Prim): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${r(p.x)}" y="${r(p.y)}" width="${r(p.w)}" height="${r(p.h)}" fill="${p.fill}"${p.opacity !== undefined ? ` fill-opacity="${p.opacity}"` : ''}${p.stroke ? ` stroke="${p.stroke}" stroke-width="${r(p.strokeWidth ?? 1)}"` : ''}/>`;
    case 'text':
      return `<text x="${r(p.x)}" y="${r(p.y)}" font-size="${r(p.size)}"${p.bold ? ' font-weight="bold"' : ''} fill="${p.fill}" text-anchor="${p.anchor ?? 'start'}">${esc(p.text)}</text>`;
    case 'line':
      return `<line x1="${r(p.x1)}" y1="${r(p.y1)}" x2="${r(p.x2)}" y2="${r(p.y2)}" stroke="${p.stroke}" stroke-width="${r(p.width)}"${p.opacity !== undefined ? ` stroke-opacity="${p.opacity}"` : ''}${p.dash ? ` stroke-dasharray="${p.dash.map(r).join(' ')}"` : ''} stroke-linecap="round"/>`;
    case 'circle':
      return `<circle cx="${r(p.cx)}" cy="${r(p.cy)}" r="${r(p.r)}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="${r(p.strokeWidth ?? 1)}"` : ''}/>`;
    case 'path':
      return `<path d="${p.d}" fill="${p.fill}"${p.opacity !== undefined ? ` fill-opacity="${p.opacity}" stroke-opacity="${p.opacity}"` : ''}${p.stroke ? ` stroke="${p.stroke}" stroke-width="${r(p.strokeWidth ?? 1)}"` : ''}/>`;
  }
}

export function svgDocument(o: { width: number; height: number; title: string; map: string; frame: Prim[] }): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="${esc(FONT_STACK)}">`,
    `<title>${esc(o.title)}</title>`,
    `<defs><clipPath id="map-clip"><rect width="${o.width}" height="${o.height}"/></clipPath></defs>`,
    `<g id="map" clip-path="url(#map-clip)">`,
    o.map,
    `</g>`,
    `<g id="frame">`,
    ...o.frame.map(primToSvg),
    `</g>`,
    `</svg>`,
  ].join('\n');
}
