// The plans, thematic layers and hub types: plain constants the app reads at
// start (the zod schema in schema.ts builds on them).
export const PLANS = ['manufacturing', 'services'] as const;
export type PlanName = (typeof PLANS)[number];

export const LAYER_KEYS = [
  'belt',
  'zones',
  'metro',
  'corridors',
  'counties',
  'services',
  'tourism',
  'revolutionary',
  'industries',
  'devzones',
  'hubs',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export const HUB_TYPES = [
  'logistics',
  'trade',
  'finance',
  'culture',
  'health',
  'agriculture',
  'innovation',
  'consumption',
  'opening',
  'exhibition',
  'livelihood',
] as const;
export type HubType = (typeof HUB_TYPES)[number];
