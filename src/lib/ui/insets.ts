// How far panels reach into the map from each edge: pure geometry, so it can
// be tested without a browser.
export type Side = 'left' | 'right' | 'bottom' | 'top';
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Insets of the map box covered by panels, each measured from the edge it sits on. Hidden (empty) panels count for nothing. */
export function insetsFrom(map: Box, panels: { side: Side; rect: Box }[]): Insets {
  const out: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const { side, rect } of panels) {
    if (rect.width === 0 || rect.height === 0) continue;
    // Only the part of the panel over the map counts.
    if (rect.right <= map.left || rect.left >= map.right || rect.bottom <= map.top || rect.top >= map.bottom) continue;
    const reach = {
      left: rect.right - map.left,
      right: map.right - rect.left,
      bottom: map.bottom - rect.top,
      top: rect.bottom - map.top,
    }[side];
    out[side] = Math.max(out[side], Math.round(Math.min(reach, side === 'left' || side === 'right' ? map.width : map.height)));
  }
  // However many panels are open, leave some of the map free on each axis (200 px, or a fifth of a large map).
  const fit = (a: number, b: number, total: number): [number, number] => {
    const max = total - Math.min(total, Math.max(200, total * 0.2));
    if (a + b <= max) return [a, b];
    const k = max / (a + b);
    return [Math.round(a * k), Math.round(b * k)];
  };
  [out.left, out.right] = fit(out.left, out.right, map.width);
  [out.top, out.bottom] = fit(out.top, out.bottom, map.height);
  return out;
}
