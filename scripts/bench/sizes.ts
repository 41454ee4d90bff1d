import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of the files under `dir` whose names match `pattern`. */
export function bytes(dir: string, pattern: RegExp): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name)) {
        const buf = readFileSync(p);
        raw += buf.length;
        gzip += gzipSync(buf).length;
      }
    }
  };
  walk(dir);
  return { raw, gzip };
}

/**
 * Raw and gzip bytes of the scripts a first visit loads: the entry chunk the
 * page references, its static imports, the MapLibre worker and the default
 * language's strings (lazy chunks,
 * such as deck.gl, are left out).
 */
export function startBytes(dist: string): { raw: number; gzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import ... from "./x.js"` at the top level of the chunk.
    for (const m of text.matchAll(/(?:^|[;\n])import[^()]*?from\s*["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  visit(entry);
  // Besides: the MapLibre worker, and the strings of the default language, which src/main.ts loads before the app starts.
  const worker = readdirSync(join(dist, 'assets')).filter((f) => f.startsWith('maplibre-gl-worker') || /^table-zh-[\w-]+\.js$/.test(f));
  let raw = 0;
  let gzip = 0;
  for (const f of [...seen, ...worker.map((w) => `assets/${w}`)]) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf).length;
  }
  return { raw, gzip };
}
