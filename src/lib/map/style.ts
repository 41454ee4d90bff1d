import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { GeoFile } from '../geo/files.ts';
import type { LayerKey } from '../plan/schema.ts';
import { baseLayers, baseSources, labelField, ON_USE } from './basemap.ts';
import { EXTRAS, PLAN_NAME_LABELS, planStyle, SLOT_BEFORE, type Extra, type Owned } from './plan-layers.ts';
import { shareProgram } from './shared-programs.ts';
import { Z_ORDER } from './zorder.ts';

const NO_EXTRAS: ReadonlySet<Extra> = new Set();

/**
 * The style: self-contained (no `glyphs`, `sprite` or remote source), base layers in Z_ORDER with
 * the layers of `visible` in their slots, the layers of `extras` (some of them base layers:
 * basemap.ts, ON_USE), and the sources these read. A layer
 * left out joins later, at its place in this order (add-layers.ts): a style of every layer the
 * app can show holds MapLibre's memory for each of them from the first visit on.
 */
export function buildStyle(
  lang: Lang,
  visible: ReadonlySet<LayerKey> = new Set(),
  url?: (f: GeoFile) => string,
  extras: ReadonlySet<Extra> = NO_EXTRAS,
): StyleSpecification {
  const base = baseLayers(lang).sort((a, b) => Z_ORDER.indexOf(a.id) - Z_ORDER.indexOf(b.id));
  const plan = planStyle(visible);
  const named = (l: LayerSpecification): LayerSpecification =>
    PLAN_NAME_LABELS.includes(l.id) && l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': labelField(lang) } } : l;
  const shown = ({ owner }: Owned) => owner === 'base' || (EXTRAS.includes(owner as Extra) ? extras.has(owner as Extra) : visible.has(owner as LayerKey));
  const layers: LayerSpecification[] = base
    .flatMap((l): Owned[] => [
      ...(l.id === SLOT_BEFORE.fill ? plan.slots.fill : []),
      ...(l.id === SLOT_BEFORE.overlay ? plan.slots.overlay.map((o) => ({ ...o, layer: named(o.layer) })) : []),
      { owner: ON_USE[l.id] ?? 'base', layer: l },
    ])
    .filter(shown)
    .map((o) => shareProgram(o.layer));
  const all: Record<string, SourceSpecification> = { ...baseSources(url), ...plan.sources };
  const read = new Set(layers.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])));
  const sources = Object.fromEntries(Object.entries(all).filter(([id]) => read.has(id)));
  return { version: 8, name: 'Henan Plan Atlas', sources, layers };
}
