/** One of the header's actions: a button on a desktop, a menu item on phones and tablets. */
export interface HeaderAction {
  id: string;
  label: string;
  onclick: () => void;
  pressed?: boolean;
  /** Only in the compact menu (on a desktop the control is on screen). */
  compactOnly?: boolean;
  lang?: string;
  ariaLabel?: string;
}
