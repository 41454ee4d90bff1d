// Where a bottom sheet settles when a drag ends, from its height as a share of the space it opens in.
export type SheetHeight = 'half' | 'full';

export function sheetSnap(share: number): SheetHeight | 'closed' {
  if (share < 0.22) return 'closed';
  return share > 0.72 ? 'full' : 'half';
}
