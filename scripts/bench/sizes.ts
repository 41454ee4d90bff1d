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
