// The style passes the MapLibre style specification in every language and with
// every layer the app can show. The app on screen and the snapshot both draw
// from buildStyle (through createMap and add-layers.ts), so this is all there is.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { LANGS } from '../i18n/lang.ts';
import { LAYER_KEYS, type LayerKey } from '../plan/schema.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { buildStyle } from './style.ts';
import { EXTRAS, planLayerIds, type Extra } from './plan-layers.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

const KEYS: LayerKey[] = PLAN_LAYERS.map((l) => l.key);

// A layer joins the style when first shown (add-layers.ts), so the styles the map can hold are
// the full style less any of its layers: each layer alone, none and all (with and without the
// extras) and, below, every style holding exactly the full style's layers for what it shows.
const COMBINATIONS: { name: string; visible: ReadonlySet<LayerKey> }[] = [
  { name: 'no layers', visible: new Set() },
  ...KEYS.map((k) => ({ name: k, visible: new Set([k]) })),
  { name: 'all layers', visible: new Set(KEYS) },
];
const EXTRA_SETS: { name: string; extras: ReadonlySet<Extra> }[] = [
  { name: 'no extras', extras: new Set() },
  { name: "the filter's results and the around-a-place circle", extras: new Set(['filter', 'around']) },
  { name: 'the selection outlines and the layers drawn closer in', extras: new Set(['outline', 'closer']) },
  { name: 'every extra', extras: new Set(EXTRAS) },
];

/** The style with every layer's visibility left out. */
const withoutVisibility = (style: StyleSpecification) => ({
  ...style,
  layers: style.layers.map((l) => {
    if (!('layout' in l) || !l.layout) return l;
    const layout: Record<string, unknown> = { ...l.layout };
    delete layout.visibility;
    return { ...l, layout };
  }),
});

describe('the style is valid', () => {
  it('has every layer the plan data can name', () => {
    expect([...KEYS].sort()).toEqual([...LAYER_KEYS].sort());
  });

  for (const lang of LANGS) {
    describe(lang, () => {
      for (const { name, visible } of COMBINATIONS) {
        for (const { name: extraName, extras } of EXTRA_SETS) {
          it(`with ${name}, ${extraName}`, () => {
            const errors = validateStyleMin(buildStyle(lang, visible, local, extras));
            expect(errors.map((e) => e.message)).toEqual([]);
          });
        }
      }

      it("holds the full style's layers for what it shows, in its order, drawn alike, and the sources they read", () => {
        const full = withoutVisibility(buildStyle(lang, new Set(KEYS), local, new Set(EXTRAS)));
        const ids = planLayerIds();
        for (const { visible } of COMBINATIONS) {
          for (const { extras } of EXTRA_SETS) {
            const style = withoutVisibility(buildStyle(lang, visible, local, extras));
            const has = new Set(style.layers.map((l) => l.id));
            expect(style.layers).toEqual(full.layers.filter((l) => has.has(l.id)));
            for (const key of visible) for (const id of ids.get(key)!) expect(has).toContain(id);
            expect(has.has('filter-results')).toBe(extras.has('filter'));
            const read = new Set(style.layers.flatMap((l) => ('source' in l ? [String(l.source)] : [])));
            expect(Object.keys(style.sources).sort()).toEqual([...read].sort());
          }
        }
      });
    });
  }
});
