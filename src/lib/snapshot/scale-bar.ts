// A scale bar of a round length that fits in the width given.
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** Metres per CSS pixel of a web-mercator map with 512-pixel tiles. */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ km bar no wider than maxPx. */
export function scaleBar(metresPerPx: number, maxPx: number): { km: number; px: number } {
  const maxKm = (metresPerPx * maxPx) / 1000;
  const p = 10 ** Math.floor(Math.log10(maxKm));
  const km = [5, 2, 1].map((k) => k * p).find((v) => v <= maxKm) ?? p;
  return { km, px: (km * 1000) / metresPerPx };
}
