// Draw order of every base-map layer, bottom first. Plan layers go into two
// slots of this list (see SLOT_BEFORE in plan-layers.ts).
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
  'cities-highlight',
  // plan overlay layers go here: above the hover and selection fill, below its outline
  'cities-selected-outline',
  'selected-outline',
  'river-labels',
  'river-name-labels',
  'lake-labels',
  'airports-dot',
  'airport-labels',
  'neighbour-labels',
  'county-labels',
  'city-labels',
] as const;

export type LayerId = (typeof Z_ORDER)[number];

