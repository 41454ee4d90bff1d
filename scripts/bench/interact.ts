// pan-frame and hover: the same real input (Playwright's mouse, through the
// browser's input pipeline) on the app and on the same-layers baseline page,
// after their first idle, at the same page pixels over the same view.
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { waitMark } from './first-visit.ts';

type Px = { x: number; y: number };


async function open(b: Browser, url: string, options: BrowserContextOptions, init?: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await waitMark(page, 'atlas-map-idle');
  await page.waitForTimeout(1000); // labels faded in, panels settled
  return { page, close: () => context.close() };
}

/** Throws unless the map's canvas, not a panel, is what the pointer meets at each point. */
async function onCanvas(page: Page, points: Px[], what: string): Promise<void> {
  const hits = (await page.evaluate(
    `${JSON.stringify(points)}.map(({ x, y }) => { const e = document.elementFromPoint(x, y); return e ? e.tagName + '.' + e.className : 'nothing'; })`,
  )) as string[];
  hits.forEach((hit, i) => {
    if (!hit.includes('maplibregl-canvas')) throw new Error(`${what}: at ${points[i].x.toFixed(0)},${points[i].y.toFixed(0)} the pointer meets ${hit}, not the map`);
  });
}

/**
 * A steady hand: the pointer moves at a fixed speed, SWEEP_MS each way, whatever the page does. A
 * move is sent every STEP_MS, or as soon as the browser took the last one in (a busy page takes
 * input in once a frame), to where the pointer is by then; a slow page gets fewer, longer moves.
 */
const STEP_MS = 16;
const SWEEP_MS = 3000;

/**
 * ms between consecutive animation frames (requestAnimationFrame timestamps) while the map is
 * dragged: pointer down at `from`, `dx` pixels across and back, pointer up. Frames from the
 * first move to the last one count; the inertia after release does not.
 */
export async function panFrames(b: Browser, url: string, options: BrowserContextOptions, from: Px, dx: number): Promise<number[]> {
  const { page, close } = await open(b, url, options);
  await onCanvas(page, [from, { x: from.x + dx, y: from.y }], 'pan-frame');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(`(() => {
    const f = (window.benchFrames = { deltas: [], on: true });
    let last = 0;
    const tick = (t) => { if (last) f.deltas.push(t - last); last = t; if (f.on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const t0 = performance.now();
  for (let step = 1; ; step++) {
    const t = Math.min(performance.now() - t0, 2 * SWEEP_MS);
    // Out for the first sweep, back for the second.
    const along = t <= SWEEP_MS ? t / SWEEP_MS : 2 - t / SWEEP_MS;
    await page.mouse.move(from.x + dx * along, from.y);
    if (t >= 2 * SWEEP_MS) break;
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + step * STEP_MS - performance.now())));
  }
  const deltas = (await page.evaluate('(window.benchFrames.on = false, window.benchFrames.deltas)')) as number[];
  await page.mouse.up();
  await close();
  return deltas;
}

// The canvas keeps what it last drew (preserveDrawingBuffer), so its pixels can be read at any time;
// both pages get this, so both pay for it. benchRead returns the RGBA of the square of `r` CSS
// pixels around a page point from MapLibre's canvas.
const GL_INIT = `(() => {
  const get = HTMLCanvasElement.prototype.getContext;
  window.benchGl = [];
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const gl = type === 'webgl2' || type === 'webgl';
    const c = get.call(this, type, gl ? { ...(attrs || {}), preserveDrawingBuffer: true } : attrs);
    if (gl && c) window.benchGl.push(c);
    return c;
  };
  window.benchRead = (x, y, r) => {
    const gl = window.benchGl.find((g) => g.canvas.classList.contains('maplibregl-canvas'));
    const box = gl.canvas.getBoundingClientRect();
    const k = gl.drawingBufferWidth / box.width;
    const n = Math.max(1, Math.round(2 * r * k));
    const px = Math.round((x - box.left - r) * k);
    const py = Math.round(gl.drawingBufferHeight - (y - box.top + r) * k);
    const out = new Uint8Array(n * n * 4);
    const fb = gl.getParameter(gl.FRAMEBUFFER_BINDING);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.readPixels(px, py, n, n, gl.RGBA, gl.UNSIGNED_BYTE, out);
    gl.bindFramebuffer(gl.FRAMEBUFFER, fb);
    return out;
  };
})();`;

/** Half the side of the square watched around the pointer, CSS pixels. */
const WATCH = 6;

/**
 * ms from a pointer move onto a unit to that unit drawn highlighted, for each point in turn
 * (each a different unit from the one before).
 *
 * Start: the mousemove event's timeStamp (when the browser took the input in, so time the page
 * was too busy to handle it counts). End: after each animation frame (a task posted from the
 * frame's requestAnimationFrame, so it runs once the frame's drawing was handed on) the square
 * around the pointer is read back from the map's canvas; the first read that differs from the
 * square before the move ends it. Reading waits for the GPU to finish what was drawn, so the end
 * is when the highlighted pixels exist, to within one frame. Both pages are measured this way,
 * with the same reads.
 */
export async function hoverLatency(b: Browser, url: string, options: BrowserContextOptions, points: Px[]): Promise<number[]> {
  const { page, close } = await open(b, url, options, GL_INIT);
  await onCanvas(page, points, 'hover');
  const out: number[] = [];
  for (const p of points) {
    await page.evaluate(`(() => {
      const { x, y } = ${JSON.stringify(p)};
      const s = (window.benchHover = { t0: 0 });
      const before = window.benchRead(x, y, ${WATCH});
      addEventListener('mousemove', (e) => { s.t0 = e.timeStamp; }, { capture: true, once: true });
      const until = performance.now() + 5000;
      s.done = new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = window.benchRead(x, y, ${WATCH});
          if (s.t0 && now.some((v, i) => Math.abs(v - before[i]) > 2)) resolve(performance.now() - s.t0);
          else if (performance.now() > until) resolve(-1);
          else requestAnimationFrame(() => channel.port2.postMessage(0));
        };
        requestAnimationFrame(() => channel.port2.postMessage(0));
      });
    })()`);
    await page.mouse.move(p.x, p.y);
    const ms = (await page.evaluate('window.benchHover.done')) as number;
    if (ms < 0) throw new Error(`hover at ${p.x.toFixed(0)},${p.y.toFixed(0)} of ${url}: nothing changed on the map within 5 s`);
    out.push(ms);
    await page.waitForTimeout(300);
  }
  await close();
  return out;
}
