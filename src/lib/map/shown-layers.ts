// Which plan layers and extras the map's style holds: each joins it the first
// time it is shown (add-layers.ts), and from then on only its visibility flips.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { LayerKey } from '../plan/schema.ts';
import { addMissing } from './add-layers.ts';
import { planLayerIds, setPlanVisibility, type Extra } from './plan-layers.ts';
import { buildStyle } from './style.ts';

export class ShownLayers {
  private readonly added: Set<LayerKey>;
  private readonly extras: Set<Extra>;

  /** `first` and `firstExtras`: the plan layers and extras of the map's first style. */
  constructor(
    private readonly map: MapLibreMap,
    first: ReadonlySet<LayerKey>,
    firstExtras: ReadonlySet<Extra> = new Set(),
  ) {
    this.added = new Set(first);
    this.extras = new Set(firstExtras);
  }

  /** Shows the plan layers of `visible`, adding those the style lacks (labelled in `lang`), and hides the others. */
  show(visible: ReadonlySet<LayerKey>, lang: Lang): void {
    for (const key of visible) this.added.add(key);
    this.grow(lang);
    setPlanVisibility(this.map, planLayerIds(), this.added, visible);
  }

  /** Adds the layers of an extra (the filter's results, the around-a-place circle…) the first time. */
  use(extra: Extra, lang: Lang): void {
    if (this.extras.has(extra)) return;
    this.extras.add(extra);
    this.grow(lang);
  }

  private grow(lang: Lang): void {
    addMissing(this.map, buildStyle(lang, this.added, undefined, this.extras));
  }
}
