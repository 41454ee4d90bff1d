// The distances and the circle of "what lies within N km": turf's code, loaded
// when a centre is first chosen, not with the first view.
import { distance } from '@turf/distance';
import { circle } from '@turf/circle';
import type { Feature, Polygon } from 'geojson';
import type { Item } from '../filter/items.ts';

export interface Near {
  item: Item;
  km: number;
}

/** Items within the radius, nearest first. */
export function within(items: readonly Item[], at: [number, number], km: number): Near[] {
  const out: Near[] = [];
  for (const item of items) {
    const d = distance(at, item.point, { units: 'kilometers' });
    if (d <= km) out.push({ item, km: d });
  }
  return out.sort((a, b) => a.km - b.km);
}

export function aroundCircle(at: [number, number], km: number): Feature<Polygon> {
  return circle(at, km, { units: 'kilometers', steps: 96 });
}
