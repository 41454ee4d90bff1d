// One Escape key for the whole app: the most recently opened layer (dialog,
// sheet, card, menu) closes first. Each registers on open and unregisters on
// close; a single window listener calls the top one.
type Handler = () => void;
const stack: Handler[] = [];
let listening = false;

function onKey(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented || stack.length === 0) return;
  e.preventDefault();
  stack[stack.length - 1]();
}

/** Registers an Escape handler; returns the function that removes it. */
export function onEscape(handler: Handler): () => void {
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('keydown', onKey);
    listening = true;
  }
  stack.push(handler);
  return () => {
    const i = stack.lastIndexOf(handler);
    if (i >= 0) stack.splice(i, 1);
  };
}

/** For tests: how many layers would close on Escape. */
export const escapeDepth = () => stack.length;
