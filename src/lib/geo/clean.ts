// Geometry hygiene for every file the atlas writes or hands out: rings wound
// as RFC 7946 wants (exteriors counter-clockwise, holes clockwise), no
// repeated vertices, no empty or degenerate parts, bounded precision. Pure
// functions: the geometry build, the export and the tests share them.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed area of a ring in degrees: positive when counter-clockwise. */
export function ringArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}

const roundTo = (v: number, decimals: number) => {
  const k = 10 ** decimals;
  return Math.round(v * k) / k;
};

/** A ring rounded, without repeated consecutive vertices, closed; null when fewer than three distinct vertices remain. */
export function cleanRing(ring: Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (out.length < 3 || ringArea2([...out, out[0]]) === 0) return null;
  return [...out, out[0]];
}

function cleanPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const cleaned = rings.map((r) => cleanRing(r, decimals));
  const [outer, ...holes] = cleaned;
  if (!outer) return null;
  const wind = (r: Position[], ccw: boolean) => ((ringArea2(r) > 0) === ccw ? r : [...r].reverse());
  return [wind(outer, true), ...holes.filter((h): h is Position[] => h !== null).map((h) => wind(h, false))];
}

/** Polygons and multipolygons cleaned (a multipolygon of one part becomes a polygon); other geometries rounded. */
export function cleanGeometry<G extends Geometry>(g: G, decimals = 4): G {
  switch (g.type) {
    case 'Polygon': {
      const p = cleanPolygon(g.coordinates, decimals);
      if (!p) throw new Error('a polygon has no area left after cleaning');
      return { type: 'Polygon', coordinates: p } as G;
    }
    case 'MultiPolygon': {
      const parts = g.coordinates.map((p) => cleanPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
      if (!parts.length) throw new Error('a multipolygon has no area left after cleaning');
      return (parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts }) as G;
    }
    case 'LineString':
      return { type: 'LineString', coordinates: dedupe(g.coordinates.map((p) => [roundTo(p[0], decimals), roundTo(p[1], decimals)])) } as G;
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: g.coordinates.map((l) => dedupe(l.map((p) => [roundTo(p[0], decimals), roundTo(p[1], decimals)]))).filter((l) => l.length > 1),
      } as G;
    case 'Point':
      return { type: 'Point', coordinates: [roundTo(g.coordinates[0], decimals), roundTo(g.coordinates[1], decimals)] } as G;
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map((p) => [roundTo(p[0], decimals), roundTo(p[1], decimals)]) } as G;
    default:
      return g;
  }
}

function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
}

export type Area = Polygon | MultiPolygon;
