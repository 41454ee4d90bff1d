// What the first view needs of scenes: a scene link's query, and a scene as a
// view (the rest of scenes.ts loads with the presentation and the editor).
import type { Lang } from '../i18n/lang.ts';
import { parseView, type ViewState } from '../url/state.ts';
import type { Scene } from './scene-file.ts';

/** The scene's view; the presenter's language is kept. */
export function sceneView(s: Scene, lang: Lang): ViewState {
  return { ...parseView(`?${s.state}`).view, lang, scene: null };
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
