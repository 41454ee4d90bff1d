import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView } from './state.ts';

describe('parseView', () => {
  it('reads language, camera and county', () => {
    const { view, notes } = parseView('?lang=en&map=8.5/34.7500/113.6250&county=410308');
    expect(notes).toEqual([]);
    expect(view).toEqual({ ...DEFAULT_VIEW, lang: 'en', camera: { zoom: 8.5, lat: 34.75, lon: 113.625 }, county: '410308' });
  });

  it('falls back to the default for each bad value and notes every one', () => {
    const { view, notes } = parseView('?lang=fr&map=9/91/500&county=abc');
    expect(view).toEqual(DEFAULT_VIEW);
    expect(notes.map((n) => n.key)).toEqual(['note.lang', 'note.map', 'note.county']);
    expect(notes.map((n) => n.value)).toEqual(['fr', '9/91/500', 'abc']);
  });

  it.each(['', '8/34', '8/34/113/1', 'x/34/113', '8//113', '20/34/113', 'NaN/34/113'])(
    'rejects the camera "%s"',
    (map) => {
      const { view, notes } = parseView(`?map=${map}`);
      expect(view.camera).toBeNull();
      expect(notes).toHaveLength(1);
    },
  );

  it('keeps the known layers and notes the unknown ones', () => {
    const { view, notes } = parseView('?layers=corridors,nonsense,zones');
    expect(view.layers).toEqual(['zones', 'corridors']);
    expect(notes).toEqual([{ key: 'note.layers', value: 'nonsense' }]);
  });

  it('keeps valid filter values and notes the rest', () => {
    const { view, notes } = parseView('?fk=zone,castle&fc=410100,abc');
    expect(view.filter.kind).toEqual(['zone']);
    expect(view.filter.city).toEqual(['410100']);
    expect(notes.map((n) => n.value)).toEqual(['castle', 'abc']);
  });

  it('reads an empty layer list as no layers', () => {
    expect(parseView('?layers=').view.layers).toEqual([]);
  });

  it('keeps a good value when another one is bad', () => {
    const { view } = parseView('?lang=en&map=garbage');
    expect(view.lang).toBe('en');
  });
});

describe('formatView', () => {
  it('round-trips through parseView', () => {
    const view = {
      lang: 'en' as const,
      camera: { zoom: 7.25, lat: 33.1234, lon: 112.5 },
      county: null,
      city: '411300',
      item: null,
      layers: ['metro' as const, 'corridors' as const],
      filter: { kind: ['zone'], level: [], type: ['经济技术开发区'], chain: ['智能传感器'], period: ['2010-2014'], area: [], city: ['410100', '410300'], q: '高新' },
      scene: 3,
      around: { centre: { kind: 'point' as const, lon: 113.62, lat: 34.75 }, km: 40 },
    };
    expect(parseView(formatView(view)).view).toEqual(view);
  });

  it('reads a scene number and notes one that is not', () => {
    expect(parseView('?scene=4').view.scene).toBe(4);
    const bad = parseView('?scene=0');
    expect(bad.view.scene).toBeNull();
    expect(bad.notes).toEqual([{ key: 'note.scene', value: '0' }]);
  });

  it('opens a plan feature by its record id and notes one that cannot be an id', () => {
    expect(parseView('?item=zone-west').view.item).toBe('zone-west');
    const bad = parseView('?item=<b>');
    expect(bad.view.item).toBeNull();
    expect(bad.notes).toEqual([{ key: 'note.item', value: '<b>' }]);
    expect(parseView('?city=410300&item=zone-west').view.item).toBeNull();
  });

  it('reads an around-a-place query and notes one it cannot read', () => {
    expect(parseView('?near=county:410783&r=30').view.around).toEqual({ centre: { kind: 'county', code: '410783' }, km: 30 });
    expect(parseView('?near=city:410100').view.around).toEqual({ centre: { kind: 'city', code: '410100' }, km: 25 });
    const bad = parseView('?near=moon&r=5');
    expect(bad.view.around).toBeNull();
    expect(bad.notes[0].key).toBe('note.around');
  });

  it('leaves defaults out of the link', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });
});
