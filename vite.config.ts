import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadPlan } from './src/lib/plan/node-load.ts';
import { statementFile } from './src/lib/plan/index-schema.ts';
import { DEFAULT_LAYERS } from './src/lib/layers/defaults.ts';
import { planSpecs, splitSpecs } from './src/lib/map/plan-specs-build.ts';
import { seatsOf } from './src/lib/map/seats-file.ts';
import { buildSummary, summaryModule, SUMMARY_INPUTS } from './src/lib/summary/build.ts';
import { oneLanguage } from './src/lib/i18n/table.ts';
import { CSP, REFERRER_POLICY } from './scripts/lib/security.ts';

/** Fails the build on bad plan data: unknown code, missing citation, stray member. */
function checkPlanData(): Plugin {
  return {
    name: 'check-plan-data',
    buildStart() {
      try {
        loadPlan(import.meta.dirname);
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}

/**
 * Modules the build writes from the data: the checked plan records as plain
 * data, each language's UI strings alone, and the figures the first view shows about data it loads only on first
 * use (src/lib/summary/build.ts). Outside Vite the same modules compute these
 * from disk.
 */
function bundledData(): Plugin {
  const root = import.meta.dirname;
  const filesOf = (input: string): string[] => {
    const path = resolve(root, input);
    return statSync(path).isDirectory() ? readdirSync(path).map((f) => resolve(path, f)) : [path];
  };
  const plan = ['data/plan', 'data/taxonomy/industries.json'];
  const data = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
  const seats = resolve(root, 'public/geo/seats.geojson');
  const strings = ['src/lib/i18n/table.ts', 'src/lib/i18n/strings-import.ts', 'src/lib/i18n/strings-tables.ts'];
  // buildOnly: the dev server and the tests run the module itself, so an edit shows without a restart.
  const modules: Record<string, { inputs: string[]; buildOnly?: boolean; code: () => string | Promise<string> }> = {
    [resolve(root, 'src/lib/plan/bundled.ts')]: { inputs: plan, code: () => data('PLAN_RECORDS', loadPlan(root)) },
    [resolve(root, 'src/lib/plan/start-records.ts')]: {
      inputs: plan,
      // Summaries show only in cards and lists, which load all records first.
      code: () => data('START_RECORDS', loadPlan(root).filter((r) => DEFAULT_LAYERS.includes(r.layer)).map((r) => ({ ...r, summary_zh: '', summary_en: '' }))),
    },
    [resolve(root, 'src/lib/map/plan-specs.ts')]: {
      inputs: [...plan, 'public/geo/seats.geojson'],
      code: async () => data('PLAN_SPECS', splitSpecs(await planSpecs(loadPlan(root), seatsOf(readFileSync(seats, 'utf8'))), DEFAULT_LAYERS).start),
    },
    [resolve(root, 'src/lib/map/plan-specs-rest.ts')]: {
      inputs: [...plan, 'public/geo/seats.geojson'],
      code: async () => data('REST_SPECS', splitSpecs(await planSpecs(loadPlan(root), seatsOf(readFileSync(seats, 'utf8'))), DEFAULT_LAYERS).rest),
    },
    [resolve(root, 'src/lib/plan/statements-data.ts')]: {
      inputs: ['data/index/statements.json'],
      code: () => data('STATEMENTS_DATA', statementFile.parse(JSON.parse(readFileSync(resolve(root, 'data/index/statements.json'), 'utf8')))),
    },
    [resolve(root, 'src/lib/i18n/table-zh.ts')]: { inputs: strings, buildOnly: true, code: () => data('TABLE', oneLanguage('zh')) },
    [resolve(root, 'src/lib/i18n/table-en.ts')]: { inputs: strings, buildOnly: true, code: () => data('TABLE', oneLanguage('en')) },
    [resolve(root, 'src/lib/summary/bundled.ts')]: { inputs: SUMMARY_INPUTS, code: () => summaryModule(buildSummary(root)) },
  };
  let building = false;
  return {
    name: 'atlas-bundled-data',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async load(id) {
      const m = modules[id.split('?')[0]];
      if (!m || (m.buildOnly && !building)) return undefined;
      // Files, not folders: the dev server takes each watched path for an import it must resolve.
      for (const f of m.inputs.flatMap(filesOf)) this.addWatchFile(f);
      return m.code();
    },
  };
}

/** The built page carries the security policy itself, whatever serves it (the dev server does not: it injects scripts). */
function securityMeta(): Plugin {
  return {
    name: 'security-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'referrer', content: REFERRER_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The default language's strings, preloaded with the entry: main.ts imports them before the app
 * starts, and without the hint their request waited until the entry had run (80 ms on a desktop).
 * A visit in another language fetches this small chunk for nothing.
 */
function preloadFirstStrings(): Plugin {
  return {
    name: 'preload-first-strings',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('src/lib/i18n/table-zh.ts'));
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), checkPlanData(), bundledData(), securityMeta(), preloadFirstStrings()],
  // Relative asset URLs, so the built app also works from a sub-path or file server.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Every browser the atlas supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The layers' legends, texts and deck marks in one chunk; their style
          // modules (build-time only) would otherwise split it into one per layer.
          groups: [{ name: 'layers', test: /src\/lib\/layers\/(?!place-markers)[^/]+(\/index)?\.ts$/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/lib/i18n/test-setup.ts', 'src/lib/map/test-setup.ts'],
  },
});
