// What a GIS user's software would complain about in a file: rings that are
// not closed, too short, wound against RFC 7946, with repeated vertices or
// crossing themselves; multipolygon parts that share an edge (invalid in
// GEOS: they should be one part); empty parts; too many decimals.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { ringArea2 } from './clean.ts';

const key = (a: Position, b: Position) => {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  return `${p[0]},${p[1]};${q[0]},${q[1]}`;
};

/** Do two segments cross (or overlap) other than at a shared endpoint? */
function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const shared = [a, b].some((p) => [c, d].some((q) => p[0] === q[0] && p[1] === q[1]));
  const o1 = o(a, b, c);
  const o2 = o(a, b, d);
  const o3 = o(c, d, a);
  const o4 = o(c, d, b);
  if (shared) {
    // Touching at the shared vertex is fine; lying along each other is not.
    return o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0 && !(a === c && b === d) && overlapLength(a, b, c, d) > 0;
  }
  if (o1 !== o2 && o3 !== o4) return true;
  return o1 === 0 && o2 === 0 && overlapLength(a, b, c, d) > 0;
}
function overlapLength(a: Position, b: Position, c: Position, d: Position): number {
  const axis = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
  const [lo1, hi1] = [Math.min(a[axis], b[axis]), Math.max(a[axis], b[axis])];
  const [lo2, hi2] = [Math.min(c[axis], d[axis]), Math.max(c[axis], d[axis])];
  return Math.min(hi1, hi2) - Math.max(lo1, lo2);
}

/** Self-intersections of one ring, on a grid of cells so large rings stay fast. */
function ringCrossings(ring: Position[]): number {
  const segs = ring.slice(0, -1).map((p, i) => [p, ring[i + 1]] as const);
  const cell = 0.05;
  const grid = new Map<string, number[]>();
  segs.forEach(([a, b], i) => {
    for (let x = Math.floor(Math.min(a[0], b[0]) / cell); x <= Math.floor(Math.max(a[0], b[0]) / cell); x++)
      for (let y = Math.floor(Math.min(a[1], b[1]) / cell); y <= Math.floor(Math.max(a[1], b[1]) / cell); y++) {
        const k = `${x},${y}`;
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k)!.push(i);
      }
  });
  let n = 0;
  const seen = new Set<string>();
  for (const ids of grid.values())
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [s, t] = [ids[i], ids[j]];
        if (Math.abs(s - t) === 1 || (s === 0 && t === segs.length - 1) || (t === 0 && s === segs.length - 1)) continue;
        const pair = `${s},${t}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (segmentsCross(segs[s][0], segs[s][1], segs[t][0], segs[t][1])) n++;
      }
  return n;
}

function decimals(v: number): number {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

export function geometryProblems(g: Geometry | null, maxDecimals: number): string[] {
  if (!g) return [];
  const out: string[] = [];
  const positions = (g.type === 'GeometryCollection' ? [] : (g.coordinates as unknown as unknown[])).flat(3) as unknown as number[];
  if (positions.some((v) => decimals(v) > maxDecimals)) out.push(`coordinates with more than ${maxDecimals} decimals`);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  if (g.type === 'MultiPolygon' && g.coordinates.length === 0) out.push('an empty multipolygon');
  polygons.forEach((rings, pi) => {
    if (!rings.length) out.push(`part ${pi} is empty`);
    rings.forEach((ring, ri) => {
      const what = `part ${pi} ring ${ri}`;
      if (ring.length < 4) return out.push(`${what} has fewer than 4 positions`);
      const [f, l] = [ring[0], ring[ring.length - 1]];
      if (f[0] !== l[0] || f[1] !== l[1]) out.push(`${what} is not closed`);
      if (ring.some((p, i) => i > 0 && p[0] === ring[i - 1][0] && p[1] === ring[i - 1][1])) out.push(`${what} repeats a vertex`);
      const ccw = ringArea2(ring) > 0;
      if (ri === 0 && !ccw) out.push(`${what}: the exterior is clockwise (RFC 7946 wants counter-clockwise)`);
      if (ri > 0 && ccw) out.push(`${what}: a hole is counter-clockwise (RFC 7946 wants clockwise)`);
      const x = ringCrossings(ring);
      if (x) out.push(`${what} crosses itself ${x} time(s)`);
    });
  });
  if (g.type === 'MultiPolygon') {
    const owner = new Map<string, number>();
    let shared = 0;
    g.coordinates.forEach((rings, pi) =>
      rings.forEach((ring) =>
        ring.slice(0, -1).forEach((p, i) => {
          const k = key(p, ring[i + 1]);
          const o = owner.get(k);
          if (o !== undefined && o !== pi) shared++;
          else owner.set(k, pi);
        }),
      ),
    );
    if (shared) out.push(`parts share ${shared} edge(s): they should be one part`);
  }
  if (g.type === 'LineString' && g.coordinates.some((p, i) => i > 0 && p[0] === g.coordinates[i - 1][0] && p[1] === g.coordinates[i - 1][1]))
    out.push('a line repeats a vertex');
  return out;
}

/** Every problem of every feature, named by the feature's id. */
export function collectionProblems(fc: FeatureCollection, maxDecimals: number): string[] {
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return ['not a FeatureCollection'];
  return fc.features.flatMap((f: Feature, i) =>
    geometryProblems(f.geometry, maxDecimals).map((p) => `${String(f.id ?? (f.properties as { adcode?: string } | null)?.adcode ?? i)}: ${p}`),
  );
}
