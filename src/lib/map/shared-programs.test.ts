// Every fill of the style is drawn by one WebGL program (see shared-programs.ts):
// a fill whose colour were constant while others read data would cost a first
// visit two more program compilations.
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { shareFillProgram } from './shared-programs.ts';
import { buildStyle } from './style.ts';

const local = (f: string) => `http://127.0.0.1/geo/${f}`;

// The spec JSON types its entries loosely; each entry is a property specification.
const spec = latest.paint_fill as unknown as Record<string, StylePropertySpecification>;

function expression(prop: string, value: unknown) {
  const parsed = createPropertyExpression(value ?? spec[prop].default, prop, spec[prop]);
  if (parsed.result !== 'success') throw new Error(`${prop}: ${parsed.value.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** Which of a fill's paint properties MapLibre feeds per vertex: what picks its program. */
const dataDriven = (l: LayerSpecification) =>
  ['fill-color', 'fill-opacity', 'fill-outline-color', 'fill-pattern'].map((p) => {
    const value = (l.paint as Record<string, unknown> | undefined)?.[p];
    if (value === undefined && spec[p].default === undefined) return false;
    const kind = expression(p, value).kind;
    return kind === 'source' || kind === 'composite';
  });

describe('fills share one program', () => {
  const all = new Set(PLAN_LAYERS.map((l) => l.key));
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}, every fill of the base map and the plan layers reads the same paint properties per vertex`, () => {
      const fills = buildStyle(lang, all, local).layers.filter((l) => l.type === 'fill');
      expect(fills.length).toBeGreaterThan(5);
      const signatures = new Set(fills.map((l) => JSON.stringify(dataDriven(l))));
      expect([...signatures]).toHaveLength(1);
    });
  }

  it('draws a constant colour in that colour, whatever the feature state', () => {
    const layer = shareFillProgram({ id: 'x', type: 'fill', source: 's', paint: { 'fill-color': '#2471a3' } });
    const colour = expression('fill-color', (layer.paint as Record<string, unknown>)['fill-color']);
    const want = expression('fill-color', '#2471a3').evaluate({ zoom: 7 });
    for (const state of [{}, { hover: true }, { selected: true }]) {
      expect(colour.evaluate({ zoom: 7 }, { type: 'Polygon', properties: {} } as never, state)).toEqual(want);
    }
    expect(dataDriven(layer)[0]).toBe(true);
  });
});
