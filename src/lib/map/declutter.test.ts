import { describe, expect, it } from 'vitest';
import { declutter } from './declutter.ts';

describe('declutter', () => {
  it('keeps a lone point on its position and spreads points that share one so no two dots touch', () => {
    const shared: [number, number][] = Array.from({ length: 40 }, () => [113.62, 34.75]);
    const offsets = declutter([[112.45, 34.62], ...shared]);
    expect(offsets[0]).toEqual([0, 0]);
    const spread = offsets.slice(1);
    expect(new Set(spread.map(String)).size).toBe(40);
    let closest = Infinity;
    for (let i = 0; i < spread.length; i++) {
      for (let j = i + 1; j < spread.length; j++) {
        closest = Math.min(closest, Math.hypot(spread[i][0] - spread[j][0], spread[i][1] - spread[j][1]));
      }
    }
    // The dot glyph with its halo is about one em wide.
    expect(closest).toBeGreaterThan(1);
    // Forty results stay within a few ems of their seat.
    expect(Math.max(...spread.map(([x, y]) => Math.hypot(x, y)))).toBeLessThan(8);
  });
});
