// What the page's address asks for: the view (a scene link opens its scene, with
// anything the link itself says on top) and the notes on what was refused.
import { parseView, type Note, type ViewState } from './state.ts';
import { checkLength } from './limit.ts';
import { withScene } from '../present/scene-link.ts';
import type { Scene } from '../present/scene-file.ts';

export interface Location {
  view: ViewState;
  notes: Note[];
}

/** `scenes`: the atlas's own, when the link names one (present/default-scenes.ts). */
export function readLocation(search: string, scenes: readonly Scene[]): Location {
  // A link too long to keep is refused (with a note) before anything reads it.
  const checked = checkLength(search);
  const parsed = parseView(withScene(checked.search, scenes));
  return { view: parsed.view, notes: [...checked.notes, ...parsed.notes] };
}
