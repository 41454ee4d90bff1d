import { describe, expect, it } from 'vitest';
import { cameraBounds, fittedZoom } from './camera.ts';

describe('cameraBounds', () => {
  it('centres the extent on the camera and halves it with each zoom level', () => {
    const [w, s, e, n] = cameraBounds({ zoom: 7, lat: 34, lon: 113.5 }, { width: 1024, height: 600 });
    expect((w + e) / 2).toBeCloseTo(113.5, 6);
    // 1024 px at zoom 7 with 512-px tiles: 1024 / (512 · 2⁷) of 360°.
    expect(e - w).toBeCloseTo((1024 / (512 * 128)) * 360, 6);
    expect(s).toBeLessThan(34);
    expect(n).toBeGreaterThan(34);
    const [w8, , e8] = cameraBounds({ zoom: 8, lat: 34, lon: 113.5 }, { width: 1024, height: 600 });
    expect((e8 - w8) * 2).toBeCloseTo(e - w, 6);
  });
});

describe('fittedZoom', () => {
  const henan: [number, number, number, number] = [110.35, 31.38, 116.65, 36.37];
  it('fits the extent to the map less its padding along the tighter side, as a camera at that zoom shows it', () => {
    for (const size of [{ width: 1280, height: 748 }, { width: 390, height: 700 }, { width: 2560, height: 1300 }]) {
      const zoom = fittedZoom(henan, size, 24);
      const [w, s, e, n] = cameraBounds({ zoom, lat: 33.9, lon: (henan[0] + henan[2]) / 2 }, { width: size.width - 48, height: size.height - 48 });
      const wide = (e - w) / (henan[2] - henan[0]);
      const tall = (n - s) / (henan[3] - henan[1]);
      // One side is a tight fit, the other has room to spare.
      expect(Math.min(wide, tall)).toBeCloseTo(1, 1);
      expect(Math.max(wide, tall)).toBeGreaterThanOrEqual(0.99);
    }
  });
  it('is one zoom level higher on a map twice as large', () => {
    expect(fittedZoom(henan, { width: 2048, height: 2048 }, 0) - fittedZoom(henan, { width: 1024, height: 1024 }, 0)).toBeCloseTo(1, 6);
  });
});
