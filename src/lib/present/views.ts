// A scene as a snapshot view, without showing it on screen: its extent comes
// from its camera and the on-screen map's size, its filter dots from the items.
import type { Gazetteer } from '../geo/gazetteer.ts';
import type { Seats } from '../geo/load.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Item } from '../filter/items.ts';
import { buildItems } from '../filter/items.ts';
import { applyFilter, isEmpty } from '../filter/facets.ts';
import { CATALOGUE } from '../facts/zones-bundled.ts';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { HENAN_BBOX } from '../geo/manifest.ts';
import { cameraBounds } from '../map/camera.ts';
import type { SnapshotView } from '../snapshot/render.ts';
import { sceneView, type Scene } from './scenes.ts';

export function sceneSnapshotView(
  s: Scene,
  o: { lang: Lang; gazetteer: Gazetteer; seats: Seats; imported: readonly Item[]; mapSize: { width: number; height: number } },
): SnapshotView {
  const v = sceneView(s, o.lang);
  const items = isEmpty(v.filter) ? [] : applyFilter([...buildItems(CATALOGUE, PLAN_RECORDS, o.gazetteer), ...o.imported], v.filter);
  return {
    lang: o.lang,
    layers: new Set(v.layers),
    bounds: v.camera ? cameraBounds(v.camera, o.mapSize) : HENAN_BBOX,
    selected: v.county ? { unit: 'county', code: v.county } : v.city ? { unit: 'city', code: v.city } : null,
    filterPoints: items.map((i) => i.point),
    seat: (code) => o.seats.get(code),
  };
}
