// Layers shown one after another, in any order, end up where a style built with all of them
// would draw them, and deck.gl's bands stay between the plan lines and the plan points.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerKey } from '../plan/schema.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { addMissing, type LayerHost } from './add-layers.ts';
import { deckBefore, EXTRAS, type Extra } from './plan-layers.ts';
import { buildStyle } from './style.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

/** A map's layer list as MapLibre keeps it: addLayer before a missing layer or a second source fails. */
class FakeMap implements LayerHost {
  order: string[];
  sources: Set<string>;
  constructor(style: StyleSpecification) {
    this.order = style.layers.map((l) => l.id);
    this.sources = new Set(Object.keys(style.sources));
  }
  getLayer(id: string) {
    return this.order.includes(id) || undefined;
  }
  getSource(id: string) {
    return this.sources.has(id) || undefined;
  }
  addSource(id: string, source: SourceSpecification) {
    if (this.sources.has(id) || !source) throw new Error(`source ${id} cannot be added`);
    this.sources.add(id);
  }
  addLayer(layer: LayerSpecification, before?: string) {
    if (this.order.includes(layer.id)) throw new Error(`layer ${layer.id} exists`);
    if ('source' in layer && !this.sources.has(String(layer.source))) throw new Error(`layer ${layer.id}: no source`);
    const at = before === undefined ? this.order.length : this.order.indexOf(before);
    if (at < 0) throw new Error(`no layer ${before}`);
    this.order.splice(at, 0, layer.id);
  }
}

const KEYS = PLAN_LAYERS.map((l) => l.key);

function show(sequence: LayerKey[][], extrasAt: Record<number, Extra> = {}) {
  const map = new FakeMap(buildStyle('en', new Set(sequence[0]), local));
  const shown = new Set(sequence[0]);
  const extras = new Set<Extra>();
  sequence.slice(1).forEach((step, i) => {
    for (const k of step) shown.add(k);
    if (extrasAt[i]) extras.add(extrasAt[i]);
    addMissing(map, buildStyle('en', shown, local, extras));
  });
  return { map, want: buildStyle('en', shown, local, extras).layers.map((l) => l.id) };
}

describe('layers added as they are first shown', () => {
  it('from the base map, one at a time, land where the style with all of them has them', () => {
    const { map, want } = show([[], ...KEYS.map((k) => [k])], { 1: 'outline', 3: 'filter', 5: 'closer', 7: 'around' });
    expect(map.order).toEqual(want);
  });

  it('in the opposite order, and from a first view with layers, too', () => {
    const back = show([[], ...[...KEYS].reverse().map((k) => [k])], { 0: 'around', 2: 'closer', 5: 'filter', 8: 'outline' });
    expect(back.map.order).toEqual(back.want);
    const start = show([['belt', 'zones'], ['hubs'], ['corridors', 'tourism'], KEYS]);
    expect(start.map.order).toEqual(start.want);
  });

  it('keep deck.gl, placed on the first view, above every plan line and below every plan point', () => {
    for (const first of [[], ['hubs'], ['belt', 'zones']] as LayerKey[][]) {
      const map = new FakeMap(buildStyle('en', new Set(first), local));
      // deck.gl's interleaved layers, added before this layer when its marks are first drawn.
      map.order.splice(map.order.indexOf(deckBefore((id) => map.order.includes(id))), 0, 'deck');
      addMissing(map, buildStyle('en', new Set(KEYS), local, new Set(EXTRAS)));
      const full = buildStyle('en', new Set(KEYS), local, new Set(EXTRAS)).layers;
      const plan = full.slice(full.findIndex((l) => l.id === 'cities-highlight') + 1, full.findIndex((l) => l.id === 'cities-selected-outline'));
      const lines = plan.filter((l) => l.type === 'line').map((l) => l.id);
      const points = plan.filter((l) => l.type === 'circle' || l.type === 'symbol').map((l) => l.id);
      expect(lines.length).toBeGreaterThan(3);
      expect(points.length).toBeGreaterThan(3);
      const deck = map.order.indexOf('deck');
      for (const id of lines) expect(map.order.indexOf(id), `${id}, first view ${first.join()}`).toBeLessThan(deck);
      for (const id of points) expect(map.order.indexOf(id), `${id}, first view ${first.join()}`).toBeGreaterThan(deck);
    }
  });

  it('add only what is missing, each source once', () => {
    const map = new FakeMap(buildStyle('en', new Set(['belt']), local));
    expect(addMissing(map, buildStyle('en', new Set(['belt']), local))).toEqual([]);
    const added = addMissing(map, buildStyle('en', new Set(['belt', 'tourism']), local));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((id) => id.startsWith('tourism-'))).toBe(true);
    expect(map.sources.has('ranges')).toBe(true);
  });
});
