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
}

export function summarise(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { median, min: s[0], max: s[s.length - 1], p95: at(0.95) };
}

export function benchCase(name: string, metric: string, unit: string, app: number[], baseline: number[] | null): BenchCase {
  const a = summarise(app);
  const b = baseline ? summarise(baseline) : null;
  return { case: name, metric, unit, app: a, baseline: b, ratio: b && b.median ? a.median / b.median : null };
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

export function table(cases: BenchCase[]): string {
  const rows = [['case', 'metric', 'unit', 'app median (min–max) p95', 'baseline median (min–max) p95', 'ratio']];
  for (const c of cases) {
    rows.push([
      c.case,
      c.metric,
      c.unit,
      `${fmt(c.app.median)} (${fmt(c.app.min)}–${fmt(c.app.max)}) ${fmt(c.app.p95 ?? c.app.max)}`,
      c.baseline ? `${fmt(c.baseline.median)} (${fmt(c.baseline.min)}–${fmt(c.baseline.max)}) ${fmt(c.baseline.p95 ?? c.baseline.max)}` : '—',
      c.ratio === null ? '—' : c.ratio.toFixed(2),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((v, i) => v.padEnd(widths[i])).join('  ')).join('\n');
}
