// Many filter results share a position (a city or county seat). Each one still
// gets its own visible dot: points at the same position spread out from it on
// a sunflower spiral, offsets in ems so they hold at every zoom.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Distance between neighbouring dots, in ems of the dot symbol. */
const SPACING = 1.1;

export type Offset = [number, number];

/** The i-th offset of a spiral around the shared position; the first stays on it. */
export function spiralOffset(i: number): Offset {
  if (i === 0) return [0, 0];
  const r = SPACING * Math.sqrt(i + 0.5);
  const a = i * GOLDEN_ANGLE;
  return [Math.round(r * Math.cos(a) * 100) / 100, Math.round(r * Math.sin(a) * 100) / 100];
}

/** An offset for every point: its rank among the points at the same position. */
export function declutter(points: readonly [number, number][]): Offset[] {
  const seen = new Map<string, number>();
  return points.map(([lon, lat]) => {
    const key = `${lon.toFixed(5)},${lat.toFixed(5)}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return spiralOffset(rank);
  });
}
