// A presentation's scenes file: the boundary where a scene file from a user
// (or the CLI) is read, checked and turned into a message in the reader's language.
import { z } from '../zod.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { sceneNotes } from './scenes.ts';

export const MAX_TEXT = 400;
export const MAX_SCENES = 99;
const MAX_STATE = 2000;
const text = z.string().trim().min(1).max(MAX_TEXT);
const bilingual = z.object({ zh: text, en: text }).strict();

export const scene = z
  .object({
    title: bilingual,
    caption: bilingual,
    /** The view, as the query part of its URL (lang and scene are left out). */
    state: z.string().max(MAX_STATE),
  })
  .strict();
export type Scene = z.infer<typeof scene>;

export const sceneFile = z.object({ format: z.literal('henan-atlas-scenes'), version: z.literal(1), scenes: z.array(scene).min(1).max(MAX_SCENES) }).strict();
export type SceneFile = z.infer<typeof sceneFile>;

/** What is wrong with a scenes file, for a message in the reader's language. */
export type SceneProblem =
  | { code: 'notJson' | 'notScenesFile' | 'noScenes' | 'tooManyScenes' }
  | { code: 'missing' | 'empty' | 'tooLong' | 'unexpected'; scene: number; field: 'title' | 'caption' | 'state'; lang?: Lang }
  | { code: 'unknownEntry'; scene: number; value: string }
  | { code: 'badState'; scene: number; value: string };

export type ParsedScenes = { ok: true; scenes: Scene[] } | { ok: false; problem: SceneProblem };

function problemOf(issue: z.core.$ZodIssue): SceneProblem {
  const [top, index, field, lang] = issue.path;
  if (top !== 'scenes') return { code: 'notScenesFile' };
  if (typeof index !== 'number') return { code: issue.code === 'too_big' ? 'tooManyScenes' : issue.code === 'too_small' ? 'noScenes' : 'notScenesFile' };
  const scene = index + 1;
  if (field === undefined) {
    if (issue.code === 'unrecognized_keys') return { code: 'unknownEntry', scene, value: issue.keys.join(', ') };
    return { code: 'unexpected', scene, field: 'state' };
  }
  const f = field === 'title' || field === 'caption' ? field : 'state';
  const l = lang === 'zh' || lang === 'en' ? lang : undefined;
  if (issue.code === 'unrecognized_keys') return { code: 'unknownEntry', scene, value: issue.keys.join(', ') };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { code: 'missing', scene, field: f, lang: l };
  if (issue.code === 'too_small') return { code: 'empty', scene, field: f, lang: l };
  if (issue.code === 'too_big') return { code: 'tooLong', scene, field: f, lang: l };
  return { code: 'unexpected', scene, field: f, lang: l };
}

/** A scene file from text; every scene's state must read cleanly. */
export function parseSceneFile(textValue: string): ParsedScenes {
  let json: unknown;
  try {
    json = JSON.parse(textValue);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  const parsed = sceneFile.safeParse(json);
  if (!parsed.success) return { ok: false, problem: problemOf(parsed.error.issues[0]) };
  for (const [i, s] of parsed.data.scenes.entries()) {
    const notes = sceneNotes(s);
    if (notes.length) return { ok: false, problem: { code: 'badState', scene: i + 1, value: notes.map((n) => n.value).join(', ') } };
  }
  return { ok: true, scenes: parsed.data.scenes };
}

/** The problem as a clause for "Could not load FILE: …". */
export function sceneProblemText(p: SceneProblem, lang: Lang): string {
  if (!('scene' in p)) return t(lang, `scene.${p.code}`, { max: String(MAX_SCENES) });
  const vars: Record<string, string> = { n: String(p.scene), max: String(p.code === 'tooLong' && p.field === 'state' ? MAX_STATE : MAX_TEXT) };
  if ('field' in p) vars.f = `${p.lang ? t(lang, `sceneField.${p.lang}`) : ''}${t(lang, `sceneField.${p.field}`)}`;
  if ('value' in p) vars.v = p.value;
  return t(lang, `scene.${p.code}`, vars);
}

export const formatSceneFile = (scenes: readonly Scene[]): string =>
  JSON.stringify({ format: 'henan-atlas-scenes', version: 1, scenes: [...scenes] } satisfies SceneFile, null, 2) + '\n';

