// Label anchor: the pole of inaccessibility of the largest part, found in a
// locally equal-scaled plane so that "widest" means widest on the ground.
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { area } from '@turf/area';

export function labelPoint(geom: Polygon | MultiPolygon): [number, number] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const largest = polys.reduce((a, b) =>
    area({ type: 'Polygon', coordinates: a }) >= area({ type: 'Polygon', coordinates: b }) ? a : b,
  );
  const lat0 = largest[0].reduce((s, p) => s + p[1], 0) / largest[0].length;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const scaled = largest.map((r) => r.map(([x, y]: Position): [number, number] => [x * kx, y]));
  const [sx, sy] = polylabel(scaled, 0.0005);
  return [Math.round((sx / kx) * 1e4) / 1e4, Math.round(sy * 1e4) / 1e4];
}
