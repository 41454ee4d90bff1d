import { describe, expect, it } from 'vitest';
import { buildStyle } from './style.ts';
import { Z_ORDER, type LayerId } from './zorder.ts';
import { CLOSER_FROM, ON_USE } from './basemap.ts';
import { deckBefore, EXTRAS } from './plan-layers.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

const style = buildStyle('zh', new Set(['zones']), local);

describe('buildStyle', () => {

  it('needs no glyph server, sprite or remote source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const [id, src] of Object.entries(style.sources)) {
      expect(src.type).toBe('geojson');
      const data = (src as { data: unknown }).data;
      // Every source is a local file, or data built in the app from bundled data.
      if (typeof data === 'string') expect(data).toMatch(/^http:\/\/127\.0\.0\.1\/geo\//);
      else expect(['planLinks', 'devZones', 'filterResults', 'filterMany', 'around']).toContain(id);
    }
  });

  it('draws base layers in the order of Z_ORDER, each from a source it declares', () => {
    const ids = style.layers.map((l) => l.id).filter((id) => Z_ORDER.includes(id as (typeof Z_ORDER)[number]));
    const positions = ids.map((id) => Z_ORDER.indexOf(id as (typeof Z_ORDER)[number]));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('leaves out the layers drawn only closer in and the selection outlines until they are asked for', () => {
    const first = buildStyle('zh', new Set(), local);
    const all = buildStyle('zh', new Set(), local, new Set(EXTRAS)).layers.map((l) => l.id);
    expect(all).toEqual(expect.arrayContaining([...Z_ORDER]));
    expect(first.layers.filter((l) => l.id in ON_USE)).toEqual([]);
    expect(Object.keys(first.sources)).not.toContain('airports');
    // Nothing is missing from a map below the zoom the 'closer' layers join at.
    const closer = buildStyle('zh', new Set(), local, new Set(['closer'])).layers.filter((l) => ON_USE[l.id as LayerId] === 'closer');
    expect(closer.length).toBeGreaterThan(0);
    for (const l of closer) expect(l.minzoom, l.id).toBeGreaterThan(CLOSER_FROM);
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'zh' | 'en') =>
      buildStyle(lang, new Set(), local).layers.find((l) => l.id === 'city-labels')!.layout as Record<string, unknown>;
    expect(field('zh')['text-field']).toEqual(['get', 'name_zh']);
    expect(field('en')['text-field']).toEqual(['get', 'name_en']);
  });

  // A stack whose names a browser lacks ends in its default sans-serif: English city names were
  // drawn in another typeface than every other label, and each Chinese one was looked up slowly.
  it('draws bold labels in the regular labels\' families, at bold weight', () => {
    const stacks = buildStyle('en', new Set(), local).layers.flatMap((l) => (l.type === 'symbol' ? [l.layout?.['text-font'] as string[]] : []));
    const regular = stacks.find((f) => !f.some((n) => /bold/i.test(n)) && f[0] !== 'sans-serif')!;
    const bold = stacks.filter((f) => /bold/i.test(f[0]));
    expect(bold.length).toBeGreaterThan(0);
    for (const f of bold) expect(f.slice(1)).toEqual(regular);
  });
});

describe('plan layers in the style', () => {
  it('puts fills under the rivers and markers above the borders, and holds only the layers chosen', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('zones-fill')).toBeLessThan(ids.indexOf('lakes-fill'));
    expect(ids.indexOf('zones-fill')).toBeGreaterThan(ids.indexOf('counties-fill'));
    expect(ids.indexOf('zones-centres')).toBeGreaterThan(ids.indexOf('province-line'));
    expect(ids.indexOf('zones-centres')).toBeLessThan(ids.indexOf('city-labels'));
    const visibility = (id: string) => (style.layers.find((l) => l.id === id)!.layout as { visibility?: string }).visibility;
    expect(visibility('zones-fill')).toBe('visible');
    expect(ids).not.toContain('metro-fill');
    expect(Object.keys(style.sources)).not.toContain('ranges');
  });

  it('keeps every plan marker above every plan line, with deck.gl bands in between', () => {
    const all = buildStyle('zh', new Set(PLAN_LAYERS.map((l) => l.key)), local, new Set(EXTRAS)).layers;
    const at = (id: string) => all.findIndex((l) => l.id === id);
    const plan = all.slice(at('province-line') + 1, at('cities-selected-outline'));
    const lastLine = Math.max(...plan.map((l, i) => (l.type === 'line' ? i : -1)));
    const firstPoint = plan.findIndex((l) => l.type === 'circle' || l.type === 'symbol');
    expect(lastLine).toBeGreaterThan(0);
    expect(firstPoint).toBeGreaterThan(lastLine);
    const has = (id: string) => all.some((l) => l.id === id);
    expect(plan.map((l) => l.id).indexOf(deckBefore(has))).toBe(firstPoint);
    expect(plan.slice(firstPoint).map((l) => l.id)).toEqual(expect.arrayContaining(['filter-results', 'zones-centres']));
  });
});

describe("deck.gl's place", () => {
  it('is above the lines and below the first point layer the map has, or the first base layer after them when it has none', () => {
    const base = buildStyle('zh', new Set(), local).layers.map((l) => l.id);
    expect(deckBefore((id) => base.includes(id))).toBe('river-labels');
    const outlined = buildStyle('zh', new Set(), local, new Set(['outline'])).layers.map((l) => l.id);
    expect(deckBefore((id) => outlined.includes(id))).toBe('cities-selected-outline');
    const hubs = buildStyle('zh', new Set(['hubs']), local).layers;
    const before = deckBefore((id) => hubs.some((l) => l.id === id));
    expect(hubs.find((l) => l.id === before)!.id).toMatch(/^hubs-/);
    expect(hubs.slice(0, hubs.findIndex((l) => l.id === before)).filter((l) => l.id.startsWith('hubs-'))).toEqual([]);
  });
});
