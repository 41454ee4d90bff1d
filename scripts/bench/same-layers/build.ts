// Builds the same-layers page into `outDir` and writes its setup.json from the
// app's code (through Vite's module runner, which reads the plan data as the
// app's build does), so the page cannot drift from the app's style.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, runnerImport } from 'vite';
import type { SameLayersSetup } from './setup.ts';

export async function buildSameLayers(root: string, outDir: string): Promise<SameLayersSetup> {
  await build({
    root: resolve(root, 'scripts/bench/same-layers'),
    configFile: false,
    base: './',
    publicDir: resolve(root, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  // With the app's own Vite config: its plugins serve the data modules as the app's build does.
  const { module } = await runnerImport<typeof import('./setup.ts')>(resolve(root, 'scripts/bench/same-layers/setup.ts'), { root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const setup = module.sameLayersSetup();
  writeFileSync(resolve(outDir, 'setup.json'), JSON.stringify(setup));
  writeFileSync(resolve(outDir, 'base.json'), JSON.stringify(module.sameLayersSetup([])));
  return setup;
}
