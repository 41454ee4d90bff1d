// 四区协同支撑: the four demonstration zones, their member cities and centres.
import { type PlanLayer } from '../types.ts';

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
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
