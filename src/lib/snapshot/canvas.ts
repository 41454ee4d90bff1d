// The frame's shapes drawn on a 2D canvas, over the map image.
import type { Measure, Prim } from './primitives.ts';
import { FONT_STACK } from './primitives.ts';

const font = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${size}px ${FONT_STACK}`;

export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, size, bold) => {
    ctx.font = font(size, bold);
    return ctx.measureText(text).width;
  };
}

export function drawPrims(ctx: CanvasRenderingContext2D, prims: readonly Prim[]): void {
  for (const p of prims) {
    ctx.save();
    switch (p.kind) {
      case 'rect':
        ctx.globalAlpha = p.opacity ?? 1;
        ctx.fillStyle = p.fill;
        ctx.fillRect(p.x, p.y, p.w, p.h);
        ctx.globalAlpha = 1;
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.strokeRect(p.x, p.y, p.w, p.h);
        }
        break;
      case 'text':
        ctx.font = font(p.size, p.bold);
        ctx.fillStyle = p.fill;
        ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(p.text, p.x, p.y);
        break;
      case 'line':
        ctx.globalAlpha = p.opacity ?? 1;
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width;
        ctx.lineCap = 'round';
        ctx.setLineDash(p.dash ?? []);
        ctx.beginPath();
        ctx.moveTo(p.x1, p.y1);
        ctx.lineTo(p.x2, p.y2);
        ctx.stroke();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(p.cx, p.cy, p.r, 0, 2 * Math.PI);
        ctx.fillStyle = p.fill;
        ctx.fill();
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.stroke();
        }
        break;
      case 'path': {
        const path = new Path2D(p.d);
        ctx.globalAlpha = p.opacity ?? 1;
        if (p.fill !== 'none') {
          ctx.fillStyle = p.fill;
          ctx.fill(path);
        }
        if (p.stroke) {
          ctx.strokeStyle = p.stroke;
          ctx.lineWidth = p.strokeWidth ?? 1;
          ctx.stroke(path);
        }
        break;
      }
    }
    ctx.restore();
  }
}
