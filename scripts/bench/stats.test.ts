import { describe, expect, it } from 'vitest';
import { benchCase, ratioInterval } from './stats.ts';

describe('the ratio interval', () => {
  const runs = (centre: number, n: number) => Array.from({ length: n }, (_, i) => centre * (0.85 + (0.3 * ((i * 7) % n)) / (n - 1)));

  it('holds 1 for two pages drawn from the same spread, and is wide for few runs', () => {
    const [lo, hi] = ratioInterval(runs(1000, 6), runs(1000, 6).reverse())!;
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(1);
    expect(hi - lo).toBeGreaterThan(0.1);
  });

  it('excludes 1 when the app is clearly slower, and narrows with more runs', () => {
    const few = ratioInterval(runs(1300, 6), runs(1000, 6))!;
    const many = ratioInterval(runs(1300, 30), runs(1000, 30))!;
    expect(few[0]).toBeGreaterThan(1);
    expect(many[1] - many[0]).toBeLessThan(few[1] - few[0]);
  });

  it('is the same for the same runs, and absent for a single run', () => {
    expect(ratioInterval(runs(1100, 8), runs(1000, 8))).toEqual(ratioInterval(runs(1100, 8), runs(1000, 8)));
    expect(benchCase('size', 'bytes', 'KiB', [484], [425]).interval).toBeNull();
  });
});
