// Draw order of every map layer, bottom first. A layer is added before the
// next id in this list that is already on the map, so layers added later
// (plan layers, highlights) still land in their slot.
export const Z_ORDER = [
  'background',
  'neighbours-fill',
  'neighbours-line',
  'counties-fill',
  // plan fill layers go here (before 'lakes-fill')
  'lakes-fill',
  'rivers-line',
  'rivers-major',
  'counties-line',
  'cities-line',
  'province-line',
  // plan overlay layers go here (before 'river-labels')
  'cities-highlight',
  'cities-selected-outline',
  'selected-outline',
  'river-labels',
  'neighbour-labels',
  'county-labels',
  'city-labels',
] as const;

export type LayerId = (typeof Z_ORDER)[number];

/** The id of the first layer after `id` in Z_ORDER that the map already has. */
export function beforeId(id: LayerId, present: (id: string) => boolean): string | undefined {
  return Z_ORDER.slice(Z_ORDER.indexOf(id) + 1).find(present);
}
