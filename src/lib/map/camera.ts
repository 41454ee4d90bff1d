// The extent a camera shows on a map of a given size, and the zoom an extent is
// fitted at (web mercator, 512-pixel tiles, as MapLibre draws it), so a scene
// can be exported without showing it and a first style can be made for the
// zoom the map will open at.
import type { Camera } from '../url/state.ts';
import type { BBox } from './create.ts';

export function cameraBounds(c: Camera, size: { width: number; height: number }): BBox {
  const world = 512 * 2 ** c.zoom;
  const x = ((c.lon + 180) / 360) * world;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (c.lat * Math.PI) / 360)) / Math.PI) / 2) * world;
  const lon = (px: number) => (px / world) * 360 - 180;
  const lat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
  return [lon(x - size.width / 2), lat(y + size.height / 2), lon(x + size.width / 2), lat(y - size.height / 2)];
}

const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** The zoom at which `bbox` fills a map of this size less `padding` on every side (MapLibre's fitBounds, unclamped). */
export function fittedZoom(bbox: BBox, size: { width: number; height: number }, padding: number): number {
  const [w, s, e, n] = bbox;
  const dx = ((e - w) / 360) * 512;
  const dy = (mercatorY(s) - mercatorY(n)) * 512;
  return Math.log2(Math.min((size.width - 2 * padding) / dx, (size.height - 2 * padding) / dy));
}
