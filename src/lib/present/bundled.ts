import raw from '../../../data/scenes/default.json';
import type { SceneFile, Scene } from './scene-file.ts';

/** The atlas's own story of the plans, scene by scene (checked by bundled.test.ts). */
export const DEFAULT_SCENES: readonly Scene[] = (raw as SceneFile).scenes;
