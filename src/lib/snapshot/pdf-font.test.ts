// The PDF embeds a cut-down font: every character the atlas itself can print
// (its data, its interface) must be in it, or the PDF shows empty boxes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STRINGS } from '../i18n/table.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { CATALOGUE } from '../facts/zones-bundled.ts';

const ranges = JSON.parse(readFileSync(new URL('../../../public/fonts/pdf-font-chars.json', import.meta.url), 'utf8')) as [number, number][];
const covered = (ch: string) => ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);
const outside = (texts: string[]) => [...new Set(texts.join('').replace(/\s/g, ''))].filter((ch) => !covered(ch));

describe('the PDF font', () => {
  it('has every character of the interface', () => {
    expect(outside(Object.values(STRINGS).flatMap((s) => [s.zh, s.en]))).toEqual([]);
  });

  it('has every character of the plan records and the zone catalogue', () => {
    expect(outside([JSON.stringify(PLAN_RECORDS), JSON.stringify(CATALOGUE)])).toEqual([]);
  });

  it('has every place name of the map', () => {
    const names = ['henan-counties', 'henan-cities', 'labels', 'neighbours', 'river-names', 'lakes'].map((f) => readFileSync(new URL(`../../../public/geo/${f}.geojson`, import.meta.url), 'utf8'));
    expect(outside(names.map((n) => n.replace(/\\u[0-9a-f]{4}/gi, (m) => String.fromCharCode(parseInt(m.slice(2), 16)))))).toEqual([]);
  });
});
