import { describe, expect, it } from 'vitest';
import { insetsFrom } from './insets.ts';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top });
const map = box(0, 60, 1400, 900);

describe('insetsFrom', () => {
  it('measures each panel from the edge it sits on', () => {
    const i = insetsFrom(map, [
      { side: 'left', rect: box(12, 72, 400, 860) },
      { side: 'right', rect: box(1000, 72, 1340, 700) },
      { side: 'bottom', rect: box(8, 850, 450, 892) },
    ]);
    expect(i).toEqual({ top: 0, left: 400, right: 400, bottom: 50 });
  });

  it('ignores hidden panels and panels off the map', () => {
    expect(insetsFrom(map, [{ side: 'left', rect: box(0, 0, 0, 0) }, { side: 'right', rect: box(1500, 60, 1700, 900) }])).toEqual({ top: 0, left: 0, right: 0, bottom: 0 });
  });

  it('always leaves part of the map free, whatever the panels cover', () => {
    const i = insetsFrom(map, [
      { side: 'left', rect: box(0, 60, 900, 900) },
      { side: 'right', rect: box(800, 60, 1400, 900) },
    ]);
    expect(map.width - i.left - i.right).toBeGreaterThanOrEqual(280);
  });
});
