// Which panel is in front on a phone, where only one fits: the one opened
// last that is still open. Closing it brings back the one under it.
import { untrack } from 'svelte';

export type SheetName = 'card' | 'filter' | 'scenes' | 'around' | 'layers';

export class SheetOrder {
  private opened = $state.raw<SheetName[]>([]);

  /** Brings a sheet to the front. */
  open(name: SheetName): void {
    // Called from effects: reading the order must not make them depend on it.
    untrack(() => {
      if (this.opened[this.opened.length - 1] !== name) this.opened = [...this.opened.filter((n) => n !== name), name];
    });
  }

  /** The sheet in front, given which are open now. */
  front(open: Record<SheetName, boolean>): SheetName | null {
    for (let i = this.opened.length - 1; i >= 0; i--) if (open[this.opened[i]]) return this.opened[i];
    const fallback: SheetName[] = ['card', 'filter', 'around', 'scenes', 'layers'];
    return fallback.find((n) => open[n]) ?? null;
  }
}
