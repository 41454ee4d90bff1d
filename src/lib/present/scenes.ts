// Presentation scenes: each is a view (as the URL query that restores it) with
// a title and caption in both languages. The plan chapters behind a scene come
// from the records of its layers, so captions cannot drift from the data.
import type { Lang } from '../i18n/lang.ts';
import { parseView, type ViewState } from '../url/state.ts';
import type { PlanRecord } from '../plan/schema.ts';
import { planSources } from '../snapshot/content.ts';
import type { Scene } from './scene-file.ts';

export type { Scene };

/** The scene's view; the presenter's language is kept. */
export function sceneView(s: Scene, lang: Lang): ViewState {
  return { ...parseView(`?${s.state}`).view, lang, scene: null };
}

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

/**
 * The query to open for a link with &scene=N: the scene's own state, with
 * whatever the link itself says on top (a link made mid-presentation carries
 * the camera and any change the presenter made).
 */
export function withScene(search: string, scenes: readonly Scene[]): string {
  const params = new URLSearchParams(search);
  const n = Number(params.get('scene'));
  const s = Number.isInteger(n) ? scenes[n - 1] : undefined;
  if (!s) return search;
  const merged = new URLSearchParams(s.state);
  for (const [k, v] of params) merged.set(k, v);
  return `?${merged.toString()}`;
}
