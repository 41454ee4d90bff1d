// What the page's address asks for: the view (a scene link opens its scene, with
// anything the link itself says on top), the notes on what was refused, and the
// atlas's own scenes when the link names one (loaded for it; unreadable scenes
// leave the link's scene unknown, with a note).
import { parseView, type Note, type ViewState } from './state.ts';
import { checkLength } from './limit.ts';
import { withScene } from '../present/scene-link.ts';
import { scenesFor } from '../present/default-scenes.ts';
import type { Scene } from '../present/scene-file.ts';

export interface Location {
  view: ViewState;
  notes: Note[];
  scenes: readonly Scene[];
}

export async function loadLocation(search: string): Promise<Location> {
  const scenes = await scenesFor(search).catch(() => []);
  // A link too long to keep is refused (with a note) before anything reads it.
  const checked = checkLength(search);
  const parsed = parseView(withScene(checked.search, scenes));
  return { view: parsed.view, notes: [...checked.notes, ...parsed.notes], scenes };
}
