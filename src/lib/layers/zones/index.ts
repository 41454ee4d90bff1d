// 四区协同支撑: the four demonstration zones, their member cities and centres.
import { codes, inCodes, matchColour, type PlanLayer } from '../types.ts';

export const ZONE_COLOURS: Record<string, string> = {
  'zone-west': '#8e6bbf',
  'zone-south': '#2f9e8f',
  'zone-east': '#d9822b',
  'zone-north': '#4a78c2',
};

export const zonesLayer: PlanLayer = {
  key: 'zones',
  title: { zh: '四区协同支撑', en: 'Four supporting zones' },
  about: {
    zh: '豫西、豫南、豫东、豫北四个示范区及其城市；圆点为规划指定的中心城市（豫东、豫北未指定中心）。',
    en: 'The four demonstration zones (west, south, east, north) and their cities; dots mark the centre city the plan names (none is named for the east and north zones).',
  },
  legend: (ctx) => [
    ...ctx.records.map((r) => ({
      label: { zh: r.name_zh, en: r.name_en },
      color: ZONE_COLOURS[r.id],
      swatch: 'fill' as const,
    })),
    { label: { zh: '区域中心城市', en: 'Zone centre' }, color: '#ffffff', swatch: 'point' as const },
  ],
  mapLayers: (ctx) => {
    const pairs = ctx.records.flatMap((r) => codes(r).map((c): [string, string] => [c, ZONE_COLOURS[r.id]]));
    const centres = ctx.records.flatMap((r) => codes(r, 'centre').map((c): [string, string] => [c, ZONE_COLOURS[r.id]]));
    return [
      {
        slot: 'fill',
        layer: {
          id: 'zones-fill',
          type: 'fill',
          source: 'cities',
          filter: inCodes(pairs.map(([c]) => c)),
          paint: { 'fill-color': matchColour(pairs), 'fill-opacity': 0.3 },
        },
      },
      {
        slot: 'overlay',
        layer: {
          id: 'zones-outline',
          type: 'line',
          source: 'cities',
          filter: inCodes(pairs.map(([c]) => c)),
          paint: { 'line-color': matchColour(pairs), 'line-width': 2.2, 'line-opacity': 0.9 },
        },
      },
      {
        slot: 'overlay',
        layer: {
          id: 'zones-centres',
          type: 'circle',
          source: 'seats',
          filter: inCodes(centres.map(([c]) => c)),
          paint: {
            'circle-radius': 6,
            'circle-color': '#ffffff',
            'circle-stroke-color': matchColour(centres),
            'circle-stroke-width': 3,
          },
        },
      },
    ];
  },
};
