/** One of the header's actions: a button on a desktop, a menu item on phones and tablets. */
export interface HeaderAction {
  id: string;
  label: string;
  onclick: () => void;
  pressed?: boolean;
  /** Only in the compact menu (on a desktop the control is on screen). */
  compactOnly?: boolean;
  /** On desktops narrower than ROOMY_QUERY it sits in a "more" menu, so the bar stays one row. */
  secondary?: boolean;
  lang?: string;
  ariaLabel?: string;
  /** Someone may be about to use it (pointer over it, focus on it, its menu opened): time to load what it needs. */
  onintent?: () => void;
}
