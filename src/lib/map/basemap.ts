// The embedded base map: sources and layers built from public/geo/, no tiles,
// no glyph server. Labels render locally from system fonts.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { geoUrl, type GeoFile } from '../geo/files.ts';
import { PALETTE as P } from './palette.ts';
import type { LayerId } from './zorder.ts';
import type { Extra } from './plan-layers.ts';

// With no `glyphs` in the style, MapLibre draws every label with these fonts
// through the browser, so neither language needs a glyph server.
export const FONT_REGULAR = ['Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
// MapLibre draws a stack at weight 700 when its first name says Bold. No browser knows a family
// called "Noto Sans CJK SC Bold", so the regular families follow it: a browser takes the first it
// has, in its bold face. Without them it fell back to its default sans-serif (DejaVu Sans on Linux
// for Latin letters, and a slow lookup per character for Chinese ones).
export const FONT_BOLD = ['Noto Sans CJK SC Bold', ...FONT_REGULAR];

export const BASE_SOURCES = [
  'counties',
  'cities',
  'province',
  'neighbours',
  'labels',
  'rivers',
  'lakes',
  'seats',
  'yellowRiverHenan',
  'ranges',
  'riverNames',
  'airports',
] as const;
export type BaseSource = (typeof BASE_SOURCES)[number] & GeoFile;

export function baseSources(url: (f: GeoFile) => string = geoUrl): Record<BaseSource, SourceSpecification> {
  return Object.fromEntries(
    BASE_SOURCES.map((s) => [s, { type: 'geojson', data: url(s), attribution: '' }]),
  ) as Record<BaseSource, SourceSpecification>;
}

export const labelField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Outlines these units (one selected place, or the members of an open plan feature). */
export const selectedFilter = (codes: readonly string[]): FilterSpecification => ['in', ['get', 'adcode'], ['literal', [...codes]]];
const NOTHING = selectedFilter([]);

type BaseLayer = LayerSpecification & { id: LayerId };

export function baseLayers(lang: Lang): BaseLayer[] {
  const text = labelField(lang);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': P.background } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': P.neighbourFill } },
    {
      id: 'neighbours-line',
      type: 'line',
      source: 'neighbours',
      paint: { 'line-color': P.neighbourLine, 'line-width': 0.8 },
    },
    {
      id: 'counties-fill',
      type: 'fill',
      source: 'counties',
      paint: {
        'fill-color': ['case', state('selected'), P.countySelected, state('hover'), P.countyHover, P.countyFill],
      },
    },
    { id: 'lakes-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': P.water } },
    {
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      filter: ['==', ['get', 'name_zh'], ''],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': P.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.6] },
    },
    {
      id: 'rivers-major',
      type: 'line',
      source: 'rivers',
      filter: ['!=', ['get', 'name_zh'], ''],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': P.majorRiver, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.4, 9, 3.2] },
    },
    {
      id: 'counties-line',
      type: 'line',
      source: 'counties',
      paint: { 'line-color': P.countyLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 1] },
    },
    {
      id: 'cities-line',
      type: 'line',
      source: 'cities',
      paint: { 'line-color': P.cityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.8] },
    },
    {
      id: 'province-line',
      type: 'line',
      source: 'province',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': P.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 9, 3] },
    },
    {
      id: 'cities-highlight',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': ['case', state('selected'), P.citySelected, state('hover'), P.cityHover, 'rgba(0,0,0,0)'],
      },
    },
    // Outlines of the selection filter to one feature, so they cost nothing until used.
    {
      id: 'cities-selected-outline',
      type: 'line',
      source: 'cities',
      filter: NOTHING,
      paint: { 'line-color': P.provinceLine, 'line-width': 2.5 },
    },
    {
      id: 'selected-outline',
      type: 'line',
      source: 'counties',
      filter: NOTHING,
      paint: { 'line-color': P.provinceLine, 'line-width': 2 },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'rivers',
      filter: ['all', ['!=', ['get', 'name_zh'], ''], ['get', 'in_henan']],
      layout: {
        'symbol-placement': 'line',
        'text-field': text,
        'text-font': FONT_REGULAR,
        'text-size': 12,
        // Many candidate spots along the winding rivers: with one every 400 px the few that fell on
        // a bend or under a city name left 黄河 and 淮河 unnamed on screen and in PNG exports.
        'symbol-spacing': 120,
        'text-max-angle': 60,
      },
      paint: { 'text-color': P.majorRiver, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.5 },
    },
    // Names of rivers Natural Earth identifies (沁河, 漳河, 丹江…), along its lines; the lines themselves are not drawn.
    {
      id: 'river-name-labels',
      type: 'symbol',
      source: 'riverNames',
      minzoom: 6,
      layout: { 'symbol-placement': 'line', 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': 11, 'symbol-spacing': 300 },
      paint: { 'text-color': P.riverLabel, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'lake-labels',
      type: 'symbol',
      source: 'lakes',
      minzoom: 6,
      filter: ['has', 'name_zh'],
      layout: { 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': 11 },
      paint: { 'text-color': P.riverLabel, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'airports-dot',
      type: 'circle',
      source: 'airports',
      minzoom: 6.5,
      paint: { 'circle-radius': 4, 'circle-color': P.airport, 'circle-stroke-color': P.labelHalo, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'airport-labels',
      type: 'symbol',
      source: 'airports',
      minzoom: 7.5,
      layout: { 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': 11, 'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-max-width': 8 },
      paint: { 'text-color': P.airport, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'neighbour-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'level'], 'neighbour'],
      layout: { 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': 14, 'text-letter-spacing': 0.2 },
      paint: { 'text-color': P.neighbourLabel, 'text-halo-color': P.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: 'county-labels',
      type: 'symbol',
      source: 'labels',
      minzoom: 7,
      filter: ['==', ['get', 'level'], 'county'],
      layout: { 'text-field': text, 'text-font': FONT_REGULAR, 'text-size': 11, 'text-max-width': 6 },
      paint: { 'text-color': P.countyLabel, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'level'], 'city'],
      layout: {
        'text-field': text,
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 16],
        'text-max-width': 8,
      },
      paint: { 'text-color': P.cityLabel, 'text-halo-color': P.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}

export const LABEL_LAYERS: LayerId[] = ['river-labels', 'river-name-labels', 'lake-labels', 'airport-labels', 'neighbour-labels', 'county-labels', 'city-labels'];

/**
 * Base layers that are not in the first style but join the map on first use (add-layers.ts): the
 * selection outlines when something is first outlined, and the layers drawn only closer in than a
 * first view of Henan when the map first comes near their zoom (CLOSER_FROM). Each held MapLibre's
 * memory from the first visit on (about 0.1 MiB of JS heap together), and the airports' file was
 * fetched for a layer hidden at that zoom.
 */
export const ON_USE: Partial<Record<LayerId, Extra>> = {
  'cities-selected-outline': 'outline',
  'selected-outline': 'outline',
  'airports-dot': 'closer',
  'airport-labels': 'closer',
  'county-labels': 'closer',
};
/**
 * The zoom from which the 'closer' layers join: just under the lowest of their minzooms (the
 * airports' 6.5), above the zoom Henan is fitted at in a desktop's first view (about 6.2–6.4).
 */
export const CLOSER_FROM = 6.4;
