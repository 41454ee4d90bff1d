// Development zones of the official 2018 catalogue (every Henan row), tied to
// their county or city and drawn at approximate positions: one marker per
// position, sized by how many zones share it. The 2021–2022 reorganisation
// and later changes are shown apart (cards, the layer's note), not mixed in.
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PlanLayer } from '../types.ts';
import { zoneCoverage } from '../../summary/bundled.ts';
import { sourceData } from '../lazy-sources.ts';
import type { CatalogueZone } from '../../facts/catalogue.ts';

export const ZONE_COLOURS = { national: '#a93226', provincial: '#e59866' } as const;

/** Zones grouped by position: one point per place, with its counts. */
export function zonePoints(zones: readonly CatalogueZone[]): FeatureCollection<Point, { count: number; national: number; codes: string }> {
  const at = new Map<string, CatalogueZone[]>();
  for (const z of zones) {
    const key = `${z.position.lon},${z.position.lat}`;
    at.set(key, [...(at.get(key) ?? []), z]);
  }
  return {
    type: 'FeatureCollection',
    features: [...at.values()].map((group) => ({
      type: 'Feature',
      properties: { count: group.length, national: group.filter((z) => z.level === 'national').length, codes: group.map((z) => z.code).join(',') },
      geometry: { type: 'Point', coordinates: [group[0].position.lon, group[0].position.lat] },
    })),
  };
}

export const devZonesLayer: PlanLayer = {
  key: 'devzones',
  title: { zh: '开发区（2018年国家目录）', en: 'Development zones (2018 national catalogue)' },
  about: (() => {
    const c = zoneCoverage;
    return {
      zh: `《中国开发区审核公告目录（2018年版）》所列河南全部${c.all}个开发区：国务院批准${c.national}个、省政府批准${c.provincial}个，非规划所列。这是2018年的状况：河南在2021—2022年整合开发区（约${c.reorganised}个，“一县一省级开发区”），新名单未能找到；此后的${c.updates}项变化在卡片中另列。位置均为示意：所在县级单位的点，或落在该县内的地址解析点；${c.cityOnly}个目录未能确定到县的，放在所在市。`,
      en: `All ${c.all} Henan zones of the 2018 national catalogue of development zones: ${c.national} approved by the State Council, ${c.provincial} by the province; not from the plans. This is the 2018 state: Henan reorganised its zones in 2021–2022 (about ${c.reorganised}, "one provincial zone per county"), and that list was not found; ${c.updates} later changes are listed apart in the cards. Every position is approximate: a point of the host county, or a geocoded address inside it; the ${c.cityOnly} zones the catalogue does not tie to one county are placed in their city.`,
    };
  })(),
  legend: () => [
    { label: { zh: '含国务院批准的开发区（数字为个数）', en: 'With State Council zones (number of zones)' }, color: ZONE_COLOURS.national, swatch: 'point' },
    { label: { zh: '仅省政府批准的开发区', en: 'Provincial zones only' }, color: ZONE_COLOURS.provincial, swatch: 'point' },
    { label: { zh: '位置为示意（县级单位或所在市）', en: 'Positions approximate (county or city)' }, color: '#999999', swatch: 'none' },
  ],
  sources: () => ({ devZones: { type: 'geojson', data: sourceData('devZones') } as GeoJSONSourceSpecification }),
  loadSources: async () => {
    const { CATALOGUE } = await import('../../facts/zones-bundled.ts');
    return { devZones: zonePoints(CATALOGUE) };
  },
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
