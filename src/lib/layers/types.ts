// What every thematic layer module provides: its records, map layers, legend
// and (optionally) deck.gl marks. Adding a layer = one folder + one registry line.
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { Bilingual } from '../i18n/lang.ts';
import type { LayerKey, PlanRecord } from '../plan/schema.ts';

export type Swatch = 'fill' | 'line' | 'band' | 'point' | 'arc' | 'none';

export interface LegendEntry {
  label: Bilingual;
  color: string;
  swatch: Swatch;
}

/** Where a map layer goes: under the base map's rivers and borders, or above them. */
export type Slot = 'fill' | 'overlay';

export interface MapLayer {
  slot: Slot;
  layer: LayerSpecification;
}

export type LonLat = [number, number];

/** deck.gl marks as plain data; the overlay turns them into deck layers. */
export type DeckMark =
  | { type: 'path'; id: string; paths: { path: LonLat[]; color: [number, number, number, number]; width: number; name: Bilingual }[] }
  | { type: 'arc'; id: string; arcs: { from: LonLat; to: LonLat; color: [number, number, number, number]; name: Bilingual }[] };

export interface LayerContext {
  records: PlanRecord[];
  /** City seats, and external places, by code. */
  seat: (code: string) => LonLat | undefined;
}

export interface PlanLayer {
  key: LayerKey;
  title: Bilingual;
  about: Bilingual;
  legend: (ctx: LayerContext) => LegendEntry[];
  /**
   * The MapLibre layers, from a module of the layer's own that only the build
   * loads (the browser gets their result in the initial style: plan-specs.ts).
   */
  mapLayers: () => Promise<(ctx: LayerContext) => MapLayer[]>;
  /** Sources the layer builds itself (from bundled data), added with the style. */
  sources?: () => Record<string, GeoJSONSourceSpecification>;
  /** Data of those sources loaded the first time the layer is shown (lazy-sources.ts). */
  loadSources?: () => Promise<Record<string, import('geojson').GeoJSON>>;
  deck?: (ctx: LayerContext) => DeckMark[];
}

/** Codes of a record's members, optionally only those of some roles. */
export function codes(r: PlanRecord, ...roles: PlanRecord['members'][number]['role'][]): string[] {
  return r.members.filter((m) => roles.length === 0 || roles.includes(m.role)).map((m) => m.code);
}

export const inCodes = (list: string[]): FilterSpecification => ['in', ['get', 'adcode'], ['literal', list]];

/** Colour keyed by unit code; transparent elsewhere. */
export function matchColour(pairs: [string, string][], fallback = 'rgba(0,0,0,0)'): ExpressionSpecification | string {
  return pairs.length ? (['match', ['get', 'adcode'], ...pairs.flat(), fallback] as unknown as ExpressionSpecification) : fallback;
}

export function rgba(hex: string, alpha: number): [number, number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, Math.round(alpha * 255)];
}
