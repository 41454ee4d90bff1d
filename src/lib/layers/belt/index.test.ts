import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { PLAN_LAYERS } from '../registry.ts';
import { layerContext } from '../../map/plan-layers.ts';

const layers = async (key: string): Promise<LayerSpecification[]> => {
  const l = PLAN_LAYERS.find((p) => p.key === key)!;
  return (await l.mapLayers())(layerContext(l.key, () => undefined)).map((m) => m.layer);
};

/** The circle paint properties MapLibre reads per feature: they decide which WebGL program draws the layer. */
function perFeature(layer: LayerSpecification): string[] {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).paint_circle;
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  return Object.keys(spec)
    .filter((k) => k in paint)
    .filter((k) => {
      const e = createPropertyExpression(paint[k], k, spec[k]);
      if (e.result !== 'success') throw new Error(`${layer.id} ${k}: ${JSON.stringify(e.value)}`);
      return e.value.kind === 'source' || e.value.kind === 'composite';
    })
    .sort();
}

describe('belt centres', () => {
  it('draw with the circle program the zones centres need', async () => {
    const zones = (await layers('zones')).find((l) => l.id === 'zones-centres')!;
    const belt = (await layers('belt')).filter((l) => l.type === 'circle');
    expect(belt.map((l) => l.id)).toEqual(['belt-subcentres', 'belt-centres']);
    expect(perFeature(zones)).toEqual(['circle-stroke-color']);
    for (const l of belt) expect(perFeature(l)).toEqual(perFeature(zones));
  });
});
