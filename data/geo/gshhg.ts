// Rivers and lake shores from GSHHG through GMT's `coast -M` dump. GMT cuts
// every line at its storage bins, so the pieces are joined end to end again.
import { execFileSync } from 'node:child_process';
import type { Position } from 'geojson';

export type BBox = [number, number, number, number];

interface Piece {
  level: number;
  coords: Position[];
}

function dump(args: string[]): Piece[] {
  const out = execFileSync('gmt', ['coast', ...args, '-M'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('>')) {
      const level = Number(/Level (\d+)/.exec(line)?.[1] ?? NaN);
      cur = { level, coords: [] };
      pieces.push(cur);
    } else if (line.trim() && cur) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      cur.coords.push([x, y]);
    }
  }
  return pieces.filter((p) => p.coords.length > 1);
}

const key = (p: Position) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
const dist = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * Joins pieces whose ends lie within `tolerance` degrees (GMT's bin cuts do
 * not always meet exactly) into maximal lines, nearest pairs first.
 */
export function joinPieces(pieces: Position[][], tolerance = 0.005): Position[][] {
  // GMT also emits zero-length stubs at bin corners.
  const lines = pieces.filter((c) => c.length > 2 || (c.length === 2 && dist(c[0], c[1]) > 0)).map((c) => [...c]);
  for (;;) {
    let best: { a: number; b: number; aEnd: boolean; bEnd: boolean; d: number } | null = null;
    for (let a = 0; a < lines.length; a++) {
      for (let b = a + 1; b < lines.length; b++) {
        for (const aEnd of [false, true]) {
          for (const bEnd of [false, true]) {
            const d = dist(aEnd ? lines[a][lines[a].length - 1] : lines[a][0], bEnd ? lines[b][lines[b].length - 1] : lines[b][0]);
            if (d <= tolerance && (!best || d < best.d)) best = { a, b, aEnd, bEnd, d };
          }
        }
      }
    }
    if (!best) return lines;
    const head = best.aEnd ? lines[best.a] : [...lines[best.a]].reverse();
    const tail = best.bEnd ? [...lines[best.b]].reverse() : lines[best.b];
    lines[best.a] = [...head, ...tail.slice(1)];
    lines.splice(best.b, 1);
  }
}

/** True when a joined line closes on itself (a lake shore). */
export const isClosed = (c: Position[]) => c.length > 3 && key(c[0]) === key(c[c.length - 1]);

const region = (b: BBox) => `-R${b[0]}/${b[2]}/${b[1]}/${b[3]}`;

/** River lines of the given GSHHG levels (1 = double-lined/major, 2 = permanent major). */
export function rivers(bbox: BBox, levels: number[], resolution = 'h'): { level: number; coords: Position[] }[] {
  const pieces = dump([region(bbox), `-D${resolution}`, ...levels.map((l) => `-I${l}`)]);
  return levels.flatMap((level) =>
    joinPieces(pieces.filter((p) => p.level === level).map((p) => p.coords)).map((coords) => ({ level, coords })),
  );
}

/** Closed lake shorelines (GSHHG level 2) of at least `minAreaKm2`. */
export function lakes(bbox: BBox, minAreaKm2: number, resolution = 'h'): Position[][] {
  const pieces = dump([region(bbox), `-D${resolution}`, `-A${minAreaKm2}/2/2`, '-W']);
  return joinPieces(pieces.filter((p) => p.level === 2).map((p) => p.coords), 0).filter(isClosed);
}
