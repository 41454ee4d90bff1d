import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { GeoFile } from '../geo/files.ts';
import type { LayerKey } from '../plan/schema.ts';
import { baseLayers, baseSources, labelField } from './basemap.ts';
import { PLAN_NAME_LABELS, planStyle, SLOT_BEFORE } from './plan-layers.ts';
import { shareProgram } from './shared-programs.ts';
import { Z_ORDER } from './zorder.ts';

/**
 * The default style: self-contained (no `glyphs`, `sprite` or remote source),
 * base layers in Z_ORDER with the plan layers in their slots.
 */
export function buildStyle(
  lang: Lang,
  visible: ReadonlySet<LayerKey> = new Set(),
  url?: (f: GeoFile) => string,
): StyleSpecification {
  const base = baseLayers(lang).sort((a, b) => Z_ORDER.indexOf(a.id) - Z_ORDER.indexOf(b.id));
  const plan = planStyle(visible);
  const named = (l: LayerSpecification): LayerSpecification =>
    PLAN_NAME_LABELS.includes(l.id) && l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': labelField(lang) } } : l;
  const layers: LayerSpecification[] = base.flatMap((l) => [
    ...(l.id === SLOT_BEFORE.fill ? plan.slots.fill : []),
    ...(l.id === SLOT_BEFORE.overlay ? plan.slots.overlay.map(named) : []),
    l,
  ]).map(shareProgram);
  return { version: 8, name: 'Henan Plan Atlas', sources: { ...baseSources(url), ...plan.sources }, layers };
}
