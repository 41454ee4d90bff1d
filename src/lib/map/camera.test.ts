import { describe, expect, it } from 'vitest';
import { cameraBounds } from './camera.ts';

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
