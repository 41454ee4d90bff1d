// Development zones (national and provincial) from sourced reference tables.
// Every position is a city or county seat, so zones are drawn as one marker
// per position, sized by how many zones share it, and called approximate.
import type { ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PlanLayer } from '../types.ts';
import { DEV_ZONES } from '../../facts/zones-bundled.ts';
import { OFFICIAL_PROVINCIAL_COUNT, isShown, type DevZone } from '../../facts/dev-zones.ts';

export const ZONE_COLOURS = { national: '#a93226', provincial: '#e59866' } as const;

/** Shown zones grouped by position: one point per seat, with its counts. */
export function zonePoints(zones: readonly DevZone[]): FeatureCollection<Point, { count: number; national: number; ids: string }> {
  const at = new Map<string, DevZone[]>();
  for (const z of zones.filter(isShown)) {
    const key = `${z.position.lon},${z.position.lat}`;
    at.set(key, [...(at.get(key) ?? []), z]);
  }
  return {
    type: 'FeatureCollection',
    features: [...at.values()].map((group) => ({
      type: 'Feature',
      properties: {
        count: group.length,
        national: group.filter((z) => z.level === 'national').length,
        ids: group.map((z) => z.id).join(','),
      },
      geometry: { type: 'Point', coordinates: [group[0].position.lon, group[0].position.lat] },
    })),
  };
}

export function coverage(zones: readonly DevZone[]) {
  const prov = zones.filter((z) => z.level === 'provincial');
  return {
    national: zones.filter((z) => z.level === 'national' && isShown(z)).length,
    provincial: prov.filter(isShown).length,
    hidden: zones.filter((z) => !isShown(z)).length,
    official: OFFICIAL_PROVINCIAL_COUNT,
  };
}

// Area, not radius, grows with the count, so a seat with many zones does not cover its neighbours.
const radius: ExpressionSpecification = ['+', 4, ['*', 3.5, ['sqrt', ['get', 'count']]]];

export const devZonesLayer: PlanLayer = {
  key: 'devzones',
  title: { zh: '开发区（国家级、省级）', en: 'Development zones (national, provincial)' },
  about: (() => {
    const c = coverage(DEV_ZONES);
    return {
      zh: `来自有出处的参考资料，非规划所列。收录国家级${c.national}处、省级${c.provincial}处（官方省级名单共${c.official}个，未能全部找到出处）；另有${c.hidden}条低可信度记录未显示。位置均为所在市或县驻地附近的示意点，不是开发区实际位置。`,
      en: `From sourced reference tables, not from the plans: ${c.national} national and ${c.provincial} provincial zones (the official provincial list has ${c.official}; not all could be sourced); ${c.hidden} low-confidence rows are not shown. Every position is near a city or county seat, indicative only, never the zone's site.`,
    };
  })(),
  legend: () => [
    { label: { zh: '含国家级开发区（数字为个数）', en: 'With national zones (number of zones)' }, color: ZONE_COLOURS.national, swatch: 'point' },
    { label: { zh: '仅省级开发区', en: 'Provincial zones only' }, color: ZONE_COLOURS.provincial, swatch: 'point' },
    { label: { zh: '位置为示意（市、县驻地附近）', en: 'Positions approximate (city or county seat)' }, color: '#999999', swatch: 'none' },
  ],
  sources: () => ({ devZones: { type: 'geojson', data: zonePoints(DEV_ZONES) } as GeoJSONSourceSpecification }),
  mapLayers: () => [
    {
      slot: 'overlay',
      layer: {
        id: 'devzones-dots',
        type: 'circle',
        source: 'devZones',
        paint: {
          'circle-radius': radius,
          'circle-color': ['case', ['>', ['get', 'national'], 0], ZONE_COLOURS.national, ZONE_COLOURS.provincial],
          'circle-opacity': 0.8,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: 'devzones-counts',
        type: 'symbol',
        source: 'devZones',
        layout: { 'text-field': ['to-string', ['get', 'count']], 'text-font': ['sans-serif'], 'text-size': 10, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff' },
      },
    },
  ],
};
