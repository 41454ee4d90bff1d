// import-100k and filter-keystroke-100k: a planner's 100 000-row CSV loaded
// through the atlas's own loader (file chosen, preview, 添加到地图), against
// the same reading and matching run on the main thread (the way files were
// loaded before the worker); then one text-filter keystroke with those rows
// loaded, against the same keystroke over the atlas's own items only.
import type { Browser, Page } from '@playwright/test';

export const IMPORT_ROWS = 100_000;
const COUNTIES = ['兰考县', '孟津区', '长垣市', '新郑市', '巩义市', '禹州市', '固始县', '林州市'];

export function bigCsv(rows = IMPORT_ROWS): Buffer {
  const lines = ['名称,所在县（市、区）,主导产业'];
  for (let i = 0; i < rows; i++) lines.push(`测试园区${i},${COUNTIES[i % COUNTIES.length]},装备制造`);
  return Buffer.from(lines.join('\n'));
}

export interface ImportSamples {
  load: number[];
  longestTask: number[];
  baselineTask: number[];
  keystroke: number[];
  keystrokeOwn: number[];
}

/** Makes the file a File in the page (over the network, not the test protocol). */
async function fileInPage(page: Page, csv: Buffer): Promise<void> {
  await page.route('**/bench-files/big.csv', (r) => r.fulfill({ body: csv, contentType: 'text/csv' }));
  await page.evaluate(`fetch('./bench-files/big.csv').then((r) => r.blob()).then((b) => { window.benchFile = new File([b], 'big.csv', { type: 'text/csv' }); })`);
  await page.waitForFunction('Boolean(window.benchFile)');
}

const KEYS = ['测', '测试', '测试园', '测试园区', '测试园区1', '测试园区12', '测试园区123', '测试园区1234'];

/** Main-thread ms of each keystroke: from the input event until the page takes its next task. */
async function keystrokes(page: Page): Promise<number[]> {
  const out: number[] = [];
  for (const q of [...KEYS, ...KEYS]) {
    // String form: the TS runner would wrap a named function in a helper the page lacks.
    const ms = (await page.evaluate(`(async () => {
      const input = document.querySelector('.filter input[type=search]');
      const t0 = performance.now();
      input.value = ${JSON.stringify(q)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const ms = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      return ms;
    })()`)) as number;
    out.push(ms);
  }
  return out.slice(KEYS.length); // the first pass warms up
}

async function appRun(b: Browser, url: string, csv: Buffer, s: ImportSamples): Promise<void> {
  const context = await b.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}?layers=`);
  await page.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.getByRole('button', { name: '筛选' }).click();
  await fileInPage(page, csv);
  await page.waitForTimeout(1500);
  s.keystrokeOwn.push(...(await keystrokes(page)));
  await page.evaluate(`(() => { const i = document.querySelector('.filter input[type=search]'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
  await page.evaluate(`(() => {
    const w = window;
    w.benchTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.benchTasks.push(e.duration))).observe({ type: 'longtask' });
    const input = [...document.querySelectorAll('input[type=file]')].find((i) => i.closest('.import'));
    const files = new DataTransfer();
    files.items.add(w.benchFile);
    input.files = files.files;
    w.benchStart = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await page.getByRole('button', { name: '添加到地图' }).click({ timeout: 120_000 });
  await page.getByText('已从 big.csv 导入').waitFor({ timeout: 120_000 });
  const { ms, longest } = (await page.evaluate(`({ ms: performance.now() - window.benchStart, longest: Math.max(0, ...window.benchTasks) })`)) as { ms: number; longest: number };
  s.load.push(ms);
  s.longestTask.push(longest);
  await page.locator('[data-map-idle="true"]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(1500);
  s.keystroke.push(...(await keystrokes(page)));
  await context.close();
}

async function baselineRun(b: Browser, url: string, csv: Buffer, s: ImportSamples): Promise<void> {
  const context = await b.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.importBench && window.importBench.ready');
  await page.evaluate('window.importBench.ready');
  await fileInPage(page, csv);
  const r = (await page.evaluate('window.importBench.run(window.benchFile)')) as { ms: number; rows: number };
  if (r.rows !== IMPORT_ROWS) throw new Error(`import baseline matched ${r.rows} of ${IMPORT_ROWS} rows`);
  s.baselineTask.push(r.ms);
  await context.close();
}

export async function importRuns(b: Browser, urls: { app: string; baseline: string }, runs: number): Promise<ImportSamples> {
  const csv = bigCsv();
  const s: ImportSamples = { load: [], longestTask: [], baselineTask: [], keystroke: [], keystrokeOwn: [] };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      await baselineRun(b, urls.baseline, csv, s);
      await appRun(b, urls.app, csv, s);
    } else {
      await appRun(b, urls.app, csv, s);
      await baselineRun(b, urls.baseline, csv, s);
    }
  }
  return s;
}
