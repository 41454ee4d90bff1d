// Base-map colours: muted, so that plan layers drawn on top stand out.
export const PALETTE = {
  background: '#e6ecef',
  neighbourFill: '#efede8',
  neighbourLine: '#b9b3a8',
  neighbourLabel: '#8b857b',
  countyFill: '#fbf8f1',
  countyHover: '#f3dfa8',
  countySelected: '#e8b64c',
  countyLine: '#d3c9b6',
  cityLine: '#8f8068',
  provinceLine: '#4f4535',
  water: '#a8cbe4',
  river: '#74a9d4',
  majorRiver: '#3f87c0',
  cityLabel: '#2f2a22',
  countyLabel: '#6d6354',
  labelHalo: '#ffffff',
} as const;
