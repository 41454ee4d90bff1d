// A read-only window onto the on-screen map for tests and the benchmark:
// where a place is drawn, in page pixels. Nothing in the app reads it.
import type { MapController } from './create.ts';

export interface AtlasView {
  /** Page coordinates (CSS pixels) of a point. */
  project(lon: number, lat: number): { x: number; y: number };
  /** The map's camera padding: the space the panels cover. */
  padding(): { top: number; right: number; bottom: number; left: number };
}

declare global {
  interface Window {
    atlasView?: AtlasView;
  }
}

export function installViewHook(controller: MapController): void {
  const map = controller.map;
  window.atlasView = {
    project(lon, lat) {
      const p = map.project([lon, lat]);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    padding() {
      const { top = 0, right = 0, bottom = 0, left = 0 } = map.getPadding();
      return { top, right, bottom, left };
    },
  };
}
