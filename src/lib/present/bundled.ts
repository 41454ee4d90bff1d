import raw from '../../../data/scenes/default.json';
import { sceneFile, type Scene } from './scenes.ts';

/** The atlas's own story of the plans, scene by scene. */
export const DEFAULT_SCENES: readonly Scene[] = sceneFile.parse(raw).scenes;
