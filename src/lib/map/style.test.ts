import { describe, expect, it } from 'vitest';
import { buildStyle } from './style.ts';
import { Z_ORDER, beforeId } from './zorder.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

describe('buildStyle', () => {
  const style = buildStyle('zh', local);

  it('needs no glyph server, sprite or remote source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) {
      expect(src.type).toBe('geojson');
      expect(String((src as { data: unknown }).data)).toMatch(/^http:\/\/127\.0\.0\.1\/geo\//);
    }
  });

  it('draws layers in the order of Z_ORDER, each from a source it declares', () => {
    const ids = style.layers.map((l) => l.id);
    const positions = ids.map((id) => Z_ORDER.indexOf(id as (typeof Z_ORDER)[number]));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'zh' | 'en') =>
      buildStyle(lang, local).layers.find((l) => l.id === 'city-labels')!.layout as Record<string, unknown>;
    expect(field('zh')['text-field']).toEqual(['get', 'name_zh']);
    expect(field('en')['text-field']).toEqual(['get', 'name_en']);
  });
});

describe('beforeId', () => {
  it('finds the next layer already on the map', () => {
    const present = new Set(['counties-fill', 'city-labels']);
    expect(beforeId('neighbours-fill', (id) => present.has(id))).toBe('counties-fill');
    expect(beforeId('province-line', (id) => present.has(id))).toBe('city-labels');
    expect(beforeId('city-labels', (id) => present.has(id))).toBeUndefined();
  });
});
