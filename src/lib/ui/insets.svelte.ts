// The part of the map no panel covers. Panels that float over the map
// register themselves with the side they sit on; the map's camera padding
// follows the space they take, so Henan and the selected place stay in view.
import { insetsFrom, type Insets, type Side } from './insets.ts';

export class PanelInsets {
  /** Insets in CSS pixels from each edge of the map. */
  current = $state.raw<Insets>({ top: 0, right: 0, bottom: 0, left: 0 });
  private panels: { el: HTMLElement; side: Side }[] = [];
  private map: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;
  private frame = 0;

  /** The element the insets are measured against. */
  setMap(el: HTMLElement): void {
    this.map = el;
    this.observe(el);
    this.schedule();
  }

  /** A Svelte action: `use:insets.panel={'left'}`. */
  readonly panel = (el: HTMLElement, side: Side) => {
    this.panels.push({ el, side });
    this.observe(el);
    this.schedule();
    return {
      update: (next: Side) => {
        for (const p of this.panels) if (p.el === el) p.side = next;
        this.schedule();
      },
      destroy: () => {
        this.panels = this.panels.filter((p) => p.el !== el);
        this.observer?.unobserve(el);
        this.schedule();
      },
    };
  };

  private observe(el: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => this.schedule());
    this.observer.observe(el);
  }

  /** Measures once per frame, however many panels changed. */
  schedule(): void {
    if (this.frame || typeof requestAnimationFrame === 'undefined') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.map) return;
      const rects = this.panels.filter((p) => p.el.isConnected).map((p) => ({ side: p.side, rect: p.el.getBoundingClientRect() }));
      const next = insetsFrom(this.map.getBoundingClientRect(), rects);
      const c = this.current;
      if (next.top !== c.top || next.right !== c.right || next.bottom !== c.bottom || next.left !== c.left) this.current = next;
    });
  }
}
