// Presentation scenes: each is a view (as the URL query that restores it) with
// a title and caption in both languages. The plan chapters behind a scene come
// from the records of its layers, so captions cannot drift from the data.
import type { Lang } from '../i18n/lang.ts';
import { parseView } from '../url/state.ts';
import { sceneView } from './scene-link.ts';
import type { PlanRecord } from '../plan/schema.ts';
import { planSources } from '../snapshot/content.ts';
import type { Scene } from './scene-file.ts';

export type { Scene };
export { sceneView, withScene } from './scene-link.ts';

/** Problems with a scene's state: what the URL parser could not read. */
export const sceneNotes = (s: Scene) => parseView(`?${s.state}`).notes;

export function sceneSources(s: Scene, records: readonly PlanRecord[], lang: Lang): string[] {
  return planSources(records, new Set(sceneView(s, lang).layers), lang);
}

/** A view as a scene's state: the URL query without language or scene. */
export function stateOf(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('lang');
  params.delete('scene');
  return params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}
