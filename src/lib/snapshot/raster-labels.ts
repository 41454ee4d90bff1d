// Names along lines that MapLibre's collision pass left out of a raster
// snapshot. At province scale it drops the names of long, winding rivers
// (淮河 had no spot it accepted), which the SVG and PDF do show; a PNG gets
// them too, drawn where the SVG puts them, only where no other label or frame
// element lies, with the same halo and direction.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Box } from './frame.ts';
import { BASELINE_BELOW_CENTRE, lineLabels } from './svg-map.ts';
import { FONT_STACK } from './primitives.ts';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export async function drawMissingLineLabels(
  c: CanvasRenderingContext2D,
  map: MapLibreMap,
  ratio: number,
  isFree: (b: Box) => boolean,
  keepOut: readonly Box[],
): Promise<void> {
  const labels = await lineLabels(map, ratio);
  const drawn: Box[] = [];
  for (const l of labels) {
    c.font = `${l.bold ? 'bold ' : ''}${l.size}px ${FONT_STACK}`;
    const w = c.measureText(l.text).width;
    // The upright box around the turned label.
    const rad = (l.angle * Math.PI) / 180;
    const bw = Math.abs(w * Math.cos(rad)) + Math.abs(l.size * Math.sin(rad));
    const bh = Math.abs(w * Math.sin(rad)) + Math.abs(l.size * Math.cos(rad));
    const box = { x: l.x - bw / 2, y: l.y - bh / 2, w: bw, h: bh };
    // MapLibre named this river near here already: nothing to add.
    const m = 3 * l.size;
    const near = map.queryRenderedFeatures(
      [
        [(box.x - m) / ratio, (box.y - m) / ratio],
        [(box.x + box.w + m) / ratio, (box.y + box.h + m) / ratio],
      ],
      { layers: [l.layer] },
    );
    if (near.some((f) => String(f.properties?.name_zh ?? f.id) === l.key)) continue;
    if (!isFree(box) || keepOut.some((k) => overlaps(k, box)) || drawn.some((d) => overlaps(d, box))) continue;
    drawn.push(box);
    c.save();
    c.translate(l.x, l.y);
    c.rotate(rad);
    c.textAlign = 'center';
    c.textBaseline = 'alphabetic';
    const y = BASELINE_BELOW_CENTRE * l.size;
    if (l.haloWidth) {
      c.strokeStyle = l.halo;
      c.lineWidth = l.haloWidth * 2;
      c.lineJoin = 'round';
      c.strokeText(l.text, 0, y);
    }
    c.fillStyle = l.fill;
    c.fillText(l.text, 0, y);
    c.restore();
  }
}
