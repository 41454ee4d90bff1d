// What a snapshot can be asked for: formats and frame elements. Kept apart
// from the renderer so the command line can check its arguments in Node.
export const FORMATS = ['png', 'svg', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export const ELEMENTS = ['title', 'legend', 'scale', 'north', 'source', 'date'] as const;
export type Element = (typeof ELEMENTS)[number];
