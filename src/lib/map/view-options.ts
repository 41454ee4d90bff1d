// The map's view limits and fit, shared by the app's map and the benchmark's
// bare same-layers page, so both show the same view. No imports: the bare page
// takes these without any of the app's code.

/** Padding around Henan when the view is fitted to it, in CSS pixels. */
export const FIT_PADDING = 24;
/** Below this zoom the pointer picks cities, above it counties. */
export const CITY_ZOOM = 7;

export const VIEW_LIMITS = {
  minZoom: 4,
  maxZoom: 12,
  maxBounds: [
    [104, 27],
    [123, 41],
  ] as [[number, number], [number, number]],
};

/** MapLibre's local ideograph font family from a font list (names with spaces quoted). */
export const ideographFamily = (fonts: readonly string[]): string => fonts.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
