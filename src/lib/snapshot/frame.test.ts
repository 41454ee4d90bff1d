import { describe, expect, it } from 'vitest';
import { layoutFrame, wrap, type FrameContent } from './frame.ts';
import type { Prim } from './primitives.ts';
import { scaleBar } from './scale-bar.ts';

// A monospace stand-in: every character is 0.6 em wide.
const measure = (text: string, size: number) => text.length * size * 0.6;
const content = (over: Partial<FrameContent> = {}): FrameContent => ({
  width: 1920,
  height: 1080,
  unit: 1,
  title: '河南省先进制造业空间布局',
  subtitle: '一带主副引领',
  legend: [{ title: '四区协同支撑', entries: [{ label: '豫西转型创新发展示范区', color: '#c0392b', swatch: 'fill' }] }],
  scale: 1500,
  north: true,
  source: '来源：制造业规划 第十四章 第二节；示意图',
  date: '2026-11-28',
  ...over,
});
const texts = (prims: Prim[]) => prims.flatMap((p) => (p.kind === 'text' ? [p.text] : []));

describe('layoutFrame', () => {
  it('draws every element asked for, inside the image', () => {
    const f = layoutFrame(content(), measure);
    expect(texts(f.prims)).toEqual(expect.arrayContaining(['河南省先进制造业空间布局', '一带主副引领', '四区协同支撑', '豫西转型创新发展示范区', 'N', '2026-11-28']));
    expect(texts(f.prims).some((t) => t.endsWith(' km'))).toBe(true);
    for (const p of f.prims) {
      if (p.kind === 'rect') {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x + p.w).toBeLessThanOrEqual(1920);
        expect(p.y + p.h).toBeLessThanOrEqual(1080);
      }
    }
  });

  it('leaves out each element that is switched off', () => {
    const f = layoutFrame(content({ title: null, subtitle: null, legend: null, scale: null, north: false, source: null, date: null }), measure);
    expect(f.prims).toEqual([]);
    expect(f.legendBox).toBeNull();
  });

  it('keeps the map clear of the legend: beside it on landscape, under it on portrait', () => {
    const land = layoutFrame(content(), measure);
    expect(land.padding.left).toBeGreaterThan(land.legendBox!.x + land.legendBox!.w);
    const portrait = layoutFrame(content({ width: 1240, height: 1754 }), measure);
    expect(1754 - portrait.padding.bottom).toBeLessThan(portrait.legendBox!.y);
  });

  it('splits a legend taller than the page into columns', () => {
    const entries = Array.from({ length: 80 }, (_, i) => ({ label: `类别${i}`, color: '#333333', swatch: 'point' as const }));
    const f = layoutFrame(content({ legend: [{ title: '很长的图例', entries }] }), measure);
    expect(f.legendBox!.h).toBeLessThan(1080);
    expect(f.legendBox!.y).toBeGreaterThanOrEqual(f.padding.top - 16);
  });
});

describe('wrap', () => {
  it('breaks Chinese anywhere and English between words, within the width', () => {
    const lines = wrap('来源：制造业规划 第十四章 第二节 and the services plan section two', 120, 10, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l, 10)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toContain('services');
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket', () => {
    const label = '高端生产性服务业走廊（郑州—许昌—平顶山—漯河）';
    // Every width from a few characters to the whole label: each break lands somewhere else.
    for (let width = 30; width <= measure(label, 10); width += 6) {
      const lines = wrap(label, width, 10, measure);
      expect(lines.join('')).toBe(label);
      for (const l of lines.slice(1)) expect(l).not.toMatch(/^[）—]/);
      for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/（$/);
    }
  });
});

describe('scaleBar', () => {
  it('picks a round length that fits', () => {
    const bar = scaleBar(1000, 160);
    expect([1, 2, 5, 10, 20, 50, 100]).toContain(bar.km);
    expect(bar.px).toBeLessThanOrEqual(160);
    expect(bar.px).toBeGreaterThan(160 / 2.5);
  });

  it('moves the scale bar and the north arrow off a label in their usual corner', () => {
    const usual = layoutFrame(content(), measure);
    // A label sits where both would usually go.
    const label = { x: 1760, y: 0, w: 160, h: 1080 };
    const hits = (b: { x: number; y: number; w: number; h: number }) => b.x < label.x + label.w && label.x < b.x + b.w && b.y < label.y + label.h && label.y < b.y + b.h;
    const moved = layoutFrame(content(), measure, (b) => !hits(b));
    expect(usual.keepOut.some(hits)).toBe(true);
    const overMap = moved.keepOut.filter((b) => b !== moved.legendBox);
    expect(overMap).toHaveLength(2);
    for (const b of overMap) expect(hits(b)).toBe(false);
    const km = (f: typeof usual) => f.prims.find((p) => p.kind === 'text' && p.text.endsWith(' km')) as { x: number };
    expect(km(moved).x).toBeLessThan(km(usual).x);
  });
});
