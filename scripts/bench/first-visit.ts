// First visits for load-default and slow-phone: the app against the
// same-layers baseline page, which draws the app's own style in bare MapLibre
// at the camera the app ends up with (the padding its panels leave and the
// box of its map element are read from the app in the same run, and checked).
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/**
 * A mid-range Android phone: 390×844 CSS pixels at 2.75 device pixels per CSS pixel (what phones
 * of the Redmi Note class report), touch; the page runs with the CPU slowed 4× (PHONE_THROTTLE).
 */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2.75, isMobile: true, hasTouch: true };
export const PHONE_THROTTLE = 4;

type LonLat = [number, number];
type Px = { x: number; y: number };
/** Two points the view check compares: where both pages draw them. */
const REFS: LonLat[] = [
  [110, 32],
  [116, 36],
];

export interface AppView {
  /** Camera padding the app's panels leave: top, right, bottom, left. */
  pad: number[];
  /** The app's map element on the page: left, top, width, height. */
  box: number[];
  /** Page pixels of REFS, then of the points asked for. */
  points: Px[];
}

// Page code as strings: the TS runner would wrap named functions in a helper the page lacks.
// waitForFunction (only where nothing is measured) takes functions: it evaluates a string with
// eval, which the app's CSP forbids.
const IDLE_AT = "performance.getEntriesByName('atlas-map-idle')[0].startTime";
const CREATE_AT = "performance.getEntriesByName('atlas-map-create')[0]?.startTime ?? NaN";
const LONG_TASKS = `window.benchTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.benchTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

/**
 * Resolves once the page has set the performance mark `name`. One evaluation in the page, through
 * the DevTools protocol: waitForFunction would first load Playwright's own script into the page
 * (its selector engine and polling), and that work (100–200 ms of main thread on this machine) then
 * fell inside the very load being measured, and its objects inside the heap being read.
 */
export const waitMark = (page: Page, name: string, timeout = 180_000) =>
  page.evaluate(`new Promise((done, fail) => {
    const late = setTimeout(() => fail(new Error(${JSON.stringify(`no mark ${name} after ${timeout} ms`)})), ${timeout});
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName(${JSON.stringify(name)}).length) return;
      observer.disconnect();
      clearTimeout(late);
      done(true);
    }).observe({ type: 'mark', buffered: true });
  })`);

const waitIdle = (page: Page) => waitMark(page, 'atlas-map-idle');

/** The app's settled first view at `url`: its padding, map box and where `points` are drawn. */
export async function appView(b: Browser, url: string, options: BrowserContextOptions, points: LonLat[] = []): Promise<AppView> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  await page.waitForFunction(() => Boolean(window.atlasView));
  await page.waitForTimeout(1000); // panels measured, any eased padding finished
  const view = (await page.evaluate(`(() => {
    const r = document.getElementById('atlas-map').getBoundingClientRect();
    const p = window.atlasView.padding();
    return {
      pad: [p.top, p.right, p.bottom, p.left],
      box: [r.left, r.top, r.width, r.height],
      points: ${JSON.stringify([...REFS, ...points])}.map(([lon, lat]) => window.atlasView.project(lon, lat)),
    };
  })()`)) as AppView;
  await context.close();
  return view;
}

/** The same-layers page's query for the app's view (and camera, as in the app's `?map=`). */
export const sameLayersQuery = (v: AppView, map?: string): string => `?pad=${v.pad.join(',')}&box=${v.box.join(',')}${map ? `&map=${map}` : ''}`;

/** Throws unless the page at `url` draws the reference points where the app does (within half a pixel). */
export async function checkSameView(b: Browser, url: string, options: BrowserContextOptions, app: AppView): Promise<void> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  await page.waitForTimeout(300);
  const got = (await page.evaluate(`${JSON.stringify(REFS)}.map(([lon, lat]) => window.benchView.project(lon, lat))`)) as Px[];
  await context.close();
  got.forEach((p, i) => {
    const want = app.points[i];
    if (Math.hypot(p.x - want.x, p.y - want.y) > 0.5) {
      throw new Error(`same-layers page at ${url}: ${REFS[i].join(',')} is drawn at ${p.x.toFixed(1)},${p.y.toFixed(1)}, the app draws it at ${want.x.toFixed(1)},${want.y.toFixed(1)}`);
    }
  });
}

/** Throws unless the page at `url` draws its map over the whole window (a page whose styles were refused draws none). */
export async function checkFullWindow(b: Browser, url: string, options: BrowserContextOptions): Promise<void> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  const got = (await page.evaluate(`(() => { const r = document.querySelector('canvas.maplibregl-canvas').getBoundingClientRect(); return [r.width, r.height]; })()`)) as number[];
  await context.close();
  const want = options.viewport!;
  if (got[0] !== want.width || got[1] !== want.height) throw new Error(`${url}: the map is ${got.join('×')} CSS pixels, not the window's ${want.width}×${want.height}`);
}

export interface Visit {
  /** Navigation start to the first map idle, ms. */
  load: number;
  /** Navigation start to the page making its map, ms: what the page does before the map begins. */
  create: number;
  /** JS heap after idle and a collection, MiB. */
  heap: number;
  /** ArrayBuffer memory then (outside the JS heap: vertex data MapLibre keeps in the page), MiB. */
  buffers: number;
  /** Longest main-thread task that began before the first idle, ms (0: none over 50 ms). */
  longest: number;
}

export async function firstVisit(b: Browser, url: string, options: BrowserContextOptions, cpuThrottle = 1): Promise<Visit> {
  const context = await b.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Slowed before navigation, so the page's own scripts run slowed from the start.
  if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  // Observed before the page's scripts run.
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await waitIdle(page);
  const load = (await page.evaluate(IDLE_AT)) as number;
  const create = (await page.evaluate(CREATE_AT)) as number;
  await page.waitForTimeout(200); // the observer's entries up to the mark are delivered
  const longest = (await page.evaluate(`Math.max(0, ...window.benchTasks.filter(([start]) => start < ${load}).map(([, ms]) => ms))`)) as number;
  if (cpuThrottle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // The app loads the places' names and seats after its first idle (App.svelte): its heap counts them.
  if (await page.evaluate(`Boolean(document.getElementById('app'))`)) await waitMark(page, 'atlas-base-ready', 60_000);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await context.close();
  return { load, create, heap: usedSize / 2 ** 20, buffers: (backingStorageSize ?? NaN) / 2 ** 20, longest };
}
