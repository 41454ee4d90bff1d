export interface Summary {
  median: number;
  min: number;
  max: number;
  p95?: number;
}

export interface BenchCase {
  case: string;
  metric: string;
  unit: string;
  app: Summary;
  baseline: Summary | null;
  ratio: number | null;
  /**
   * Where the ratio of medians falls in 90 % of resamplings of both sets of runs (bootstrap):
   * with runs that vary by ±15 %, a ratio of 1.10 from 6 runs may be anything from 1.0 to 1.2.
   */
  interval: [number, number] | null;
}

export function summarise(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1], p95: at(0.95) };
}

/** A small seeded generator (mulberry32), so the same runs give the same interval. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 5th and 95th percentiles of median(app) / median(baseline) over resamplings of each with replacement. */
export function ratioInterval(app: number[], baseline: number[], rounds = 2000): [number, number] | null {
  if (app.length < 2 || baseline.length < 2) return null;
  const next = random(app.length * 7919 + baseline.length);
  const resample = (v: number[]) => summarise(v.map(() => v[Math.floor(next() * v.length)])).median;
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const b = resample(baseline);
    if (b) ratios.push(resample(app) / b);
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(0.05 * ratios.length)], ratios[Math.floor(0.95 * ratios.length)]];
}

export function benchCase(name: string, metric: string, unit: string, app: number[], baseline: number[] | null): BenchCase {
  const a = summarise(app);
  const b = baseline ? summarise(baseline) : null;
  const ratio = b && b.median ? a.median / b.median : null;
  return { case: name, metric, unit, app: a, baseline: b, ratio, interval: ratio !== null && baseline ? ratioInterval(app, baseline) : null };
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

export function table(cases: BenchCase[]): string {
  const rows = [['case', 'metric', 'unit', 'app median (min–max) p95', 'baseline median (min–max) p95', 'ratio (90 % interval)']];
  for (const c of cases) {
    rows.push([
      c.case,
      c.metric,
      c.unit,
      `${fmt(c.app.median)} (${fmt(c.app.min)}–${fmt(c.app.max)}) ${fmt(c.app.p95 ?? c.app.max)}`,
      c.baseline ? `${fmt(c.baseline.median)} (${fmt(c.baseline.min)}–${fmt(c.baseline.max)}) ${fmt(c.baseline.p95 ?? c.baseline.max)}` : '—',
      c.ratio === null ? '—' : `${c.ratio.toFixed(2)}${c.interval ? ` (${c.interval[0].toFixed(2)}–${c.interval[1].toFixed(2)})` : ''}`,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((v, i) => v.padEnd(widths[i])).join('  ')).join('\n');
}
