// What the JS a first visit loads holds: a build plugin that records, for the
// entry chunk, its static imports and the first language's strings, each chunk's gzip size and its largest
// parts (packages, app folders, data files), so the bench can say it.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface StartChunk {
  file: string;
  gzip: number;
  parts: { name: string; raw: number }[];
}

/** A package, or the app's folder or data file a module belongs to. */
function partOf(id: string, root: string): string {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = id.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const rel = id.startsWith(root) ? id.slice(root.length + 1) : id;
  if (rel.startsWith('data/')) return rel;
  const parts = rel.split('/');
  return parts.slice(0, Math.min(parts.length - 1, 3)).join('/') || rel;
}

/** The strings a first visit in the default language loads before the app starts. */
export const FIRST_STRINGS = 'src/lib/i18n/table-zh.ts';

export function startChunks(root: string, out: StartChunk[]): Plugin {
  return {
    name: 'bench-start-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (file: string) => {
        const c = bundle[file];
        if (seen.has(file) || c?.type !== 'chunk') return;
        seen.add(file);
        c.imports.forEach(visit);
      };
      visit(entry.fileName);
      // The first language's strings load before the app starts (src/main.ts): they count too.
      for (const c of Object.values(bundle)) if (c.type === 'chunk' && c.facadeModuleId?.endsWith(FIRST_STRINGS)) visit(c.fileName);
      for (const file of seen) {
        const c = bundle[file];
        if (c.type !== 'chunk') continue;
        const by = new Map<string, number>();
        for (const [id, m] of Object.entries(c.modules)) by.set(partOf(id, root), (by.get(partOf(id, root)) ?? 0) + m.renderedLength);
        const parts = [...by].map(([name, raw]) => ({ name, raw })).sort((a, b) => b.raw - a.raw);
        out.push({ file, gzip: gzipSync(c.code).length, parts });
      }
    },
  };
}

/** One line per start chunk: its gzip size and its five largest parts (raw bytes before minifying). */
export function describeStart(chunks: StartChunk[]): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return chunks
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => `  ${c.file.replace(/^assets\//, '')}: ${kib(c.gzip)} gzip — ${c.parts.slice(0, 5).map((p) => `${p.name} ${kib(p.raw)}`).join(', ')}`)
    .join('\n');
}
