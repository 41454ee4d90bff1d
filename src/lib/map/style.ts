import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { GeoFile } from '../geo/files.ts';
import { baseLayers, baseSources } from './basemap.ts';
import { Z_ORDER } from './zorder.ts';

/** The default style: self-contained, no `glyphs`, no `sprite`, no remote source. */
export function buildStyle(lang: Lang, url?: (f: GeoFile) => string): StyleSpecification {
  const layers = baseLayers(lang).sort((a, b) => Z_ORDER.indexOf(a.id) - Z_ORDER.indexOf(b.id));
  return { version: 8, name: 'Henan Plan Atlas', sources: baseSources(url), layers };
}
