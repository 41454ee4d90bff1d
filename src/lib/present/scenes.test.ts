import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { move, sceneNotes, sceneSources, sceneView, stateOf, withScene } from './scenes.ts';
import { formatSceneFile, parseSceneFile, sceneProblemText } from './scene-file.ts';
import { loadPlan } from '../plan/node-load.ts';

const text = readFileSync('data/scenes/default.json', 'utf8');
const parsed = parseSceneFile(text);
const scenes = parsed.ok ? parsed.scenes : [];
const records = loadPlan('.');

describe('the default scenes', () => {
  it('read cleanly, and every scene that shows plan layers cites the chapters behind them', () => {
    expect(parsed.ok).toBe(true);
    expect(scenes.length).toBeGreaterThanOrEqual(6);
    for (const s of scenes) {
      expect(sceneNotes(s)).toEqual([]);
      const layers = sceneView(s, 'zh').layers;
      if (layers.length) expect(sceneSources(s, records, 'zh').length, s.title.en).toBeGreaterThan(0);
    }
    expect(sceneSources(scenes[2], records, 'zh').join()).toContain('第十四章 第二节');
  });

  it('keep the presenter’s language', () => {
    expect(sceneView(scenes[1], 'en').lang).toBe('en');
  });
});

describe('scene files', () => {
  it('round-trip', () => {
    const again = parseSceneFile(formatSceneFile(scenes));
    expect(again).toEqual({ ok: true, scenes });
  });

  it('say what is wrong with a broken file, in the reader\'s language, naming the scene and the field', () => {
    const problem = (text: string) => {
      const r = parseSceneFile(text);
      if (r.ok) throw new Error('parsed');
      return r.problem;
    };
    const file = (s: unknown[]) => JSON.stringify({ format: 'henan-atlas-scenes', version: 1, scenes: s });
    expect(sceneProblemText(problem('{oops'), 'zh')).toBe('不是 JSON 文件');
    expect(sceneProblemText(problem(file([])), 'en')).toBe('it holds no scenes');
    expect(sceneProblemText(problem(JSON.stringify({ format: 'slides' })), 'en')).toBe('it is not a scenes file saved by this atlas');
    const long = problem(file([{ ...scenes[0], title: { zh: '长'.repeat(401), en: 'x' } }]));
    expect(sceneProblemText(long, 'zh')).toBe('第 1 个场景的中文标题超过 400 个字符');
    expect(sceneProblemText(long, 'en')).toBe('the Chinese title of scene 1 is longer than 400 characters');
    const missing = problem(file([scenes[0], { title: scenes[0].title, state: '' }]));
    expect(sceneProblemText(missing, 'en')).toBe('scene 2 has no caption');
    expect(sceneProblemText(problem(file([{ ...scenes[0], notes: 'x' }])), 'zh')).toBe('第 1 个场景有无法识别的项“notes”');
    const badState = problem(formatSceneFile([{ ...scenes[0], state: 'layers=nope' }]));
    expect(sceneProblemText(badState, 'zh')).toBe('第 1 个场景的视图有无法读取的部分：nope');
  });
});

describe('move and stateOf', () => {
  it('reorders and strips language and scene from a view', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(stateOf('?lang=en&layers=zones&scene=2&map=7.00/34.0000/113.0000')).toBe('layers=zones&map=7.00/34.0000/113.0000');
  });
});

describe('withScene', () => {
  it("opens a scene link with the scene's state under the link's own parameters", () => {
    const s = [{ title: { zh: 'a', en: 'a' }, caption: { zh: 'b', en: 'b' }, state: 'layers=zones&city=410300' }];
    const q = new URLSearchParams(withScene('?scene=1&city=410100&lang=en', s));
    expect(q.get('layers')).toBe('zones');
    expect(q.get('city')).toBe('410100');
    expect(q.get('lang')).toBe('en');
    expect(withScene('?scene=9', s)).toBe('?scene=9');
  });
});
