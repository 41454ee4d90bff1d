// One marker per place, sized by how many of a layer's sites the plans tie to
// it, with the number inside. Layers that share seats get their own pixel
// offset so their markers sit side by side instead of on top of each other.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { codes, inCodes, type LayerContext, type MapLayer } from './types.ts';
import { isCountyRecord } from '../plan/roles.ts';
import type { PlanRecord } from '../plan/schema.ts';

/** Number of sites per place, split into city-level and county-level places. */
export function siteCounts(records: readonly PlanRecord[]): { cities: Map<string, number>; counties: Map<string, number> } {
  const cities = new Map<string, number>();
  const counties = new Map<string, number>();
  for (const r of records.filter((x) => x.kind === 'site')) {
    const into = isCountyRecord(r) ? counties : cities;
    for (const c of codes(r)) into.set(c, (into.get(c) ?? 0) + 1);
  }
  return { cities, counties };
}

const byCode = (counts: Map<string, number>, value: (n: number) => number | string, fallback: number | string) =>
  ['match', ['get', 'adcode'], ...[...counts].flatMap(([c, n]) => [c, value(n)]), fallback] as unknown as ExpressionSpecification;

function markers(id: string, source: string, counts: Map<string, number>, colour: string, offset: [number, number], only?: FilterSpecification): MapLayer[] {
  if (counts.size === 0) return [];
  const filter = (only ? ['all', only, inCodes([...counts.keys()])] : inCodes([...counts.keys()])) as FilterSpecification;
  return [
    {
      slot: 'overlay',
      layer: {
        id: `${id}-dots`,
        type: 'circle',
        source,
        filter,
        paint: {
          'circle-radius': byCode(counts, (n) => Math.round((4 + 3.5 * Math.sqrt(n)) * 10) / 10, 5),
          'circle-color': colour,
          'circle-opacity': 0.85,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-translate': offset,
        },
      },
    },
    {
      slot: 'overlay',
      layer: {
        id: `${id}-counts`,
        type: 'symbol',
        source,
        filter,
        layout: { 'text-field': byCode(counts, String, ''), 'text-font': ['sans-serif'], 'text-size': 11, 'text-allow-overlap': true },
        paint: { 'text-color': '#ffffff', 'text-translate': offset },
      },
    },
  ];
}

/** Markers at city seats and county label points for a layer's sites. */
export function placeMarkers(ctx: LayerContext, prefix: string, colour: string, offset: [number, number]): MapLayer[] {
  const { cities, counties } = siteCounts(ctx.records);
  return [
    ...markers(`${prefix}-cities`, 'seats', cities, colour, offset),
    ...markers(`${prefix}-counties`, 'labels', counties, colour, offset, ['==', ['get', 'level'], 'county']),
  ];
}
