// The atlas's own scenes load when something needs them: a scene link, the
// scene editor or the presentation, not with every first visit.
import type { Scene } from './scene-file.ts';

let loading: Promise<readonly Scene[]> | null = null;

export function loadDefaultScenes(): Promise<readonly Scene[]> {
  loading ??= import('./bundled.ts').then(
    (m) => m.DEFAULT_SCENES,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The scenes reading this link needs: the atlas's own if it names a scene, else none. */
export const scenesFor = (search: string): Promise<readonly Scene[]> =>
  new URLSearchParams(search).has('scene') ? loadDefaultScenes() : Promise.resolve([]);
