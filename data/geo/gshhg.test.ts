import { describe, expect, it } from 'vitest';
import { joinPieces } from './gshhg.ts';

describe('joinPieces', () => {
  it('joins pieces end to end in either direction', () => {
    const lines = joinPieces([
      [[2, 0], [3, 0]],
      [[0, 0], [1, 0]],
      [[2, 0], [1, 0]],
    ]);
    expect(lines).toHaveLength(1);
    const xs = lines[0].map((p) => p[0]);
    expect(xs[0] === 0 ? xs : [...xs].reverse()).toEqual([0, 1, 2, 3]);
  });

  it('bridges bin cuts within the tolerance only', () => {
    expect(joinPieces([[[0, 0], [1, 0]], [[1.004, 0], [2, 0]]], 0.005)).toHaveLength(1);
    expect(joinPieces([[[0, 0], [1, 0]], [[1.01, 0], [2, 0]]], 0.005)).toHaveLength(2);
  });

  it('drops zero-length stubs', () => {
    expect(joinPieces([[[5, 5], [5, 5]], [[0, 0], [1, 1]]])).toHaveLength(1);
  });
});
