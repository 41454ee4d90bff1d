// Focus for panels and dialogs: move focus into a layer when it opens, and
// give it back to the control that opened it when it closes.

/** Elements a keyboard user can reach with Tab, in order. */
export function tabbable(root: HTMLElement): HTMLElement[] {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  return [...root.querySelectorAll<HTMLElement>(sel)].filter((el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0);
}

/**
 * Moves focus into `root` (its [data-autofocus] element, else its heading, else
 * itself) and returns a function that restores focus to what had it before,
 * if that is still on the page; otherwise to `fallback`.
 */
export function takeFocus(root: HTMLElement, opener: Element | null = document.activeElement, fallback?: () => HTMLElement | null): () => void {
  const before = opener instanceof HTMLElement && opener !== document.body && !root.contains(opener) ? opener : null;
  const target = root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>('h2, h3') ?? root;
  if (!target.hasAttribute('tabindex') && !tabbable(root).includes(target)) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return () => {
    // Only when focus is still inside the closing layer (or lost): a user who moved on keeps their place.
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    const back = before?.isConnected ? before : (fallback?.() ?? null);
    back?.focus({ preventScroll: true });
  };
}
