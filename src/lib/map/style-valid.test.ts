// The full style passes the MapLibre style specification in every language and
// with every layer the app can show. The app on screen and the snapshot both
// draw from buildStyle (through createMap), so this one style is all there is.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { LANGS } from '../i18n/lang.ts';
import { LAYER_KEYS, type LayerKey } from '../plan/schema.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { buildStyle } from './style.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

const KEYS: LayerKey[] = PLAN_LAYERS.map((l) => l.key);

// Every plan layer is in the style from the start and only its visibility flips, so no layers,
// each layer alone and all layers cover every combination (checked below).
const COMBINATIONS: { name: string; visible: ReadonlySet<LayerKey> }[] = [
  { name: 'no layers', visible: new Set() },
  ...KEYS.map((k) => ({ name: k, visible: new Set([k]) })),
  { name: 'all layers', visible: new Set(KEYS) },
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
        it(`with ${name}`, () => {
          const errors = validateStyleMin(buildStyle(lang, visible, local));
          expect(errors.map((e) => e.message)).toEqual([]);
        });
      }

      it('differs between layer combinations only in visibility', () => {
        const none = buildStyle(lang, new Set(), local);
        for (const { visible } of COMBINATIONS) {
          const style = buildStyle(lang, visible, local);
          expect(style.layers.map((l) => l.id)).toEqual(none.layers.map((l) => l.id));
          expect(withoutVisibility(style)).toEqual(withoutVisibility(none));
        }
      });
    });
  }
});
