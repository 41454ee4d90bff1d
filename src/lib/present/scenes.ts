// Presentation scenes: each is a view (as the URL query that restores it) with
// a title and caption in both languages. The plan chapters behind a scene come
// from the records of its layers, so captions cannot drift from the data.
import { z } from '../zod.ts';
import type { Lang } from '../i18n/lang.ts';
import { parseView, type ViewState } from '../url/state.ts';
import type { PlanRecord } from '../plan/schema.ts';
import { planSources } from '../snapshot/content.ts';
import { t } from '../i18n/strings.ts';

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
