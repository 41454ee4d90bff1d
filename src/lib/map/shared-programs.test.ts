// Every fill of the style is drawn by one WebGL program and every line by one
// (one more for dashed lines): see shared-programs.ts. A fill or line whose
// colour were constant while others read data would cost a first visit more
// program compilations.
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { shareProgram } from './shared-programs.ts';
import { buildStyle } from './style.ts';
import { EXTRAS } from './plan-layers.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

// The spec JSON types its entries loosely; each entry is a property specification.
const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

function expression(type: string, prop: string, value: unknown) {
  const spec = specs[`paint_${type}`][prop];
  const v = value ?? spec.default;
  // A constant array (a dash pattern, a translation) is a literal, not an expression.
  const parsed = createPropertyExpression(Array.isArray(v) && typeof v[0] !== 'string' ? ['literal', v] : v, prop, spec);
  if (parsed.result !== 'success') throw new Error(`${prop}: ${parsed.value.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** Which of a layer's paint properties MapLibre feeds per vertex: what picks its program. */
const dataDriven = (l: LayerSpecification): string[] =>
  Object.entries(specs[`paint_${l.type}`]).filter(([p, spec]) => {
    const value = (l.paint as Record<string, unknown> | undefined)?.[p];
    if (!String(spec['property-type']).includes('data-driven') || (value === undefined && spec.default === undefined)) return false;
    const kind = expression(l.type, p, value).kind;
    return kind === 'source' || kind === 'composite';
  }).map(([p]) => p);

describe('layers of a type share one program', () => {
  const all = new Set(PLAN_LAYERS.map((l) => l.key));
  for (const lang of ['zh', 'en'] as const) {
    for (const type of ['fill', 'line'] as const) {
      it(`in ${lang}, every ${type} of the base map and the plan layers reads the same paint properties per vertex`, () => {
        const layers = buildStyle(lang, all, local, new Set(EXTRAS)).layers.filter((l) => l.type === type);
        expect(layers.length).toBeGreaterThan(5);
        const signatures = new Map(layers.map((l) => [JSON.stringify(dataDriven(l)), l.id]));
        expect([...signatures.keys()], `e.g. ${[...signatures.values()].join(', ')}`).toHaveLength(1);
      });
    }
  }

  it('draws a constant colour in that colour, whatever the feature state', () => {
    for (const [type, key] of [['fill', 'fill-color'], ['line', 'line-color']] as const) {
      const layer = shareProgram({ id: 'x', type, source: 's', paint: { [key]: '#2471a3' } } as LayerSpecification);
      const colour = expression(type, key, (layer.paint as Record<string, unknown>)[key]);
      const want = expression(type, key, '#2471a3').evaluate({ zoom: 7 });
      for (const state of [{}, { hover: true }, { selected: true }]) {
        expect(colour.evaluate({ zoom: 7 }, { type: 'Polygon', properties: {} } as never, state)).toEqual(want);
      }
      expect(dataDriven(layer)).toEqual([key]);
      // Colours that read feature state stay in the page's memory for every vertex.
      expect((colour as { isStateDependent?: boolean }).isStateDependent).toBe(false);
    }
  });
});
