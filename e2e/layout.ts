// Page geometry for layout tests: the part of the map no panel covers, and
// where Henan and places are drawn (through the app's read-only view hook).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const manifest = JSON.parse(readFileSync('public/geo/manifest.json', 'utf8')) as { bbox: [number, number, number, number] };

/** The map's box minus every panel that covers an edge of it (panels say which edge with data-covers). */
export function freeArea(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const m = document.getElementById('atlas-map')!.getBoundingClientRect();
    const free = { left: m.left, top: m.top, right: m.right, bottom: m.bottom };
    for (const el of document.querySelectorAll<HTMLElement>('[data-covers]')) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.bottom <= m.top || r.top >= m.bottom || r.right <= m.left || r.left >= m.right) continue;
      const side = el.dataset.covers;
      if (side === 'left') free.left = Math.max(free.left, r.right);
      else if (side === 'right') free.right = Math.min(free.right, r.left);
      else if (side === 'bottom') free.bottom = Math.min(free.bottom, r.top);
      else if (side === 'top') free.top = Math.max(free.top, r.bottom);
    }
    return free;
  });
}

export function project(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x, y]) => window.atlasView!.project(x, y), [lon, lat] as const);
}

/** Henan's bounding box as drawn on the page. */
export async function henanBox(page: Page): Promise<Rect> {
  const [w, s, e, n] = manifest.bbox;
  const sw = await project(page, w, s);
  const ne = await project(page, e, n);
  return { left: sw.x, bottom: sw.y, right: ne.x, top: ne.y };
}

export function inside(inner: Rect, outer: Rect, slack = 1): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

export const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1400, height: 900 }, isMobile: false, hasTouch: false },
} as const;
