import { describe, expect, it } from 'vitest';
import { fitWithin, outputSize, parseSize } from './presets.ts';

describe('outputSize', () => {
  it('gives paper sizes in pixels from millimetres and dpi, with the page in points', () => {
    const a3 = outputSize({ preset: 'a3-landscape', dpi: 300 });
    // 420 mm × 297 mm at 300 dpi
    expect([a3.width, a3.height]).toEqual([Math.round((420 / 25.4) * 300), Math.round((297 / 25.4) * 300)]);
    expect(a3.page.width).toBeCloseTo(1190.55, 1);
    expect(a3.page.height).toBeCloseTo(841.89, 1);
    const a4 = outputSize({ preset: 'a4', dpi: 150 });
    expect(a4.height).toBeGreaterThan(a4.width);
    expect(a4.pixelRatio).toBeCloseTo(150 / 96);
  });

  it('draws a 4K slide at twice the scale of a 1080p one', () => {
    const hd = outputSize({ preset: 'slide' });
    const uhd = outputSize({ preset: 'slide-4k' });
    expect([uhd.width, uhd.height]).toEqual([hd.width * 2, hd.height * 2]);
    expect(uhd.pixelRatio).toBe(2 * hd.pixelRatio);
  });

  it('refuses a custom size that is too small or too large', () => {
    expect(() => outputSize({ preset: 'custom', width: 50, height: 800 })).toThrow(/between 200/);
    expect(() => outputSize({ preset: 'custom', width: 800, height: 90_000 })).toThrow(/between 200/);
  });
});

describe('parseSize', () => {
  it('reads the CLI forms and rejects others', () => {
    expect(parseSize('3840x2160')).toEqual({ preset: 'slide-4k' });
    expect(parseSize('1000x700')).toEqual({ preset: 'custom', width: 1000, height: 700 });
    expect(parseSize('a4-landscape', 150)).toEqual({ preset: 'a4-landscape', dpi: 150 });
    expect(() => parseSize('letter')).toThrow(/unknown size/);
  });
});

describe('fitWithin', () => {
  it('keeps the shape and brings the longer side under the limit', () => {
    expect(fitWithin({ width: 9000, height: 6000 }, 4096)).toEqual({ width: 4096, height: 2730 });
    expect(fitWithin({ width: 1000, height: 600 }, 4096)).toEqual({ width: 1000, height: 600 });
  });
});
