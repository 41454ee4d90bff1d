// How large a planner's file may be: read in a worker, so the page stays
// responsive, but held in memory whole.
export const MAX_BYTES = 50 * 1024 * 1024;
export const MAX_ROWS = 500_000;
