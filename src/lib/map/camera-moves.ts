// How the camera moves for the UI: fits, flights, and the free area the panels leave.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox, MapController } from './create.ts';
import { FIT_PADDING } from './view-options.ts';

export type CameraMoves = Pick<MapController, 'fit' | 'flyTo' | 'resetView' | 'setPadding' | 'reveal' | 'jumpTo'>;

export const containerSize = (map: MapLibreMap) => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight });

/** `henan` is fitted on reset; `fittedAtStart` when the map opened on it rather than on a camera. */
export function cameraMoves(map: MapLibreMap, henan: BBox, fittedAtStart: boolean): CameraMoves {
  // True while the view is "all of Henan": it follows the free area as panels open and close.
  let fitted = fittedAtStart;
  let idleOnce = false;
  const fittedCamera = () => map.cameraForBounds(henan, { padding: FIT_PADDING });
  map.once('idle', () => (idleOnce = true));
  map.on('movestart', (e) => {
    if ((e as { originalEvent?: Event }).originalEvent) fitted = false;
  });
  // A window turned or resized while nobody has moved the map: all of Henan stays in view.
  map.on('resize', () => {
    if (!fitted) return;
    const fit = fittedCamera();
    if (fit) map.jumpTo(fit);
  });
  return {
    fit(b) {
      fitted = false;
      // Straight there while the page opens; an eased move once someone is looking.
      map.fitBounds(b, { padding: 40, maxZoom: 9, duration: idleOnce ? 600 : 0 });
    },
    flyTo(point, zoom) {
      fitted = false;
      map.flyTo({ center: point, zoom: Math.max(map.getZoom(), zoom), speed: 1.6 });
    },
    resetView() {
      fitted = true;
      map.fitBounds(henan, { padding: FIT_PADDING });
    },
    setPadding(padding) {
      const now = map.getPadding();
      if ((['top', 'right', 'bottom', 'left'] as const).every((k) => now[k] === padding[k])) return;
      if (!fitted) {
        // A move under way (a fit, a fly to a place) keeps going and ends inside the new free area.
        if (map.isMoving()) map.setPadding(padding);
        else map.easeTo({ padding, duration: 300 });
        return;
      }
      map.setPadding(padding);
      const fit = fittedCamera();
      if (!fit) return;
      // Straight to the fitted view while the page is opening; eased once someone is looking.
      if (idleOnce) map.easeTo({ ...fit, duration: 300 });
      else map.jumpTo(fit);
    },
    reveal(point) {
      const p = map.project(point);
      const { left = 0, right = 0, top = 0, bottom = 0 } = map.getPadding();
      const { width, height } = containerSize(map);
      const margin = 32;
      const inside = p.x >= left + margin && p.x <= width - right - margin && p.y >= top + margin && p.y <= height - bottom - margin;
      if (!inside) map.easeTo({ center: point, duration: 400 });
    },
    jumpTo(camera, below = 0) {
      fitted = false;
      if (camera) map.flyTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, speed: 1.6 });
      else {
        // cameraForBounds, not fitBounds with padding: a padded move would keep the padding in the
        // map's transform, and the camera in the link would then open somewhere else.
        const fit = map.cameraForBounds(henan, { padding: { top: FIT_PADDING, left: FIT_PADDING, right: FIT_PADDING, bottom: FIT_PADDING + below } });
        if (fit) map.flyTo({ center: fit.center, zoom: fit.zoom, speed: 1.6 });
      }
    },
  };
}
