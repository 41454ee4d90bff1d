import { describe, expect, it } from 'vitest';
import { englishPhrases, enProblems, zhProblems } from './finished.ts';

describe('finished text', () => {
  it('finds an English note inside Chinese and lets units and names through', () => {
    expect(englishPhrases('30万台 cranes/yr; >70% domestic share')).not.toEqual([]);
    expect(englishPhrases('（no volume data found）')).not.toEqual([]);
    expect(englishPhrases('重点发展基于 MEMS 工艺的传感器')).toEqual([]);
    expect(englishPhrases('面积 1249 ha（12.49 km²）')).toEqual([]);
  });

  it('flags raw addresses, file paths and shorthand', () => {
    expect(zhProblems('出处：https://example.org/a')).toContain('raw web address');
    expect(zhProblems('由 data/plan.test.ts 重新推算')).toContain('file path');
    expect(enProblems('Henan Daily (repost)')).toContain('research shorthand');
    expect(enProblems('wiki mirror')).toContain('research shorthand');
    expect(zhProblems('郑州市是国家中心城市。')).toEqual([]);
  });
});
