import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadPlan } from './src/lib/plan/node-load.ts';
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

export default defineConfig({
  plugins: [svelte(), checkPlanData(), securityMeta()],
  // Relative asset URLs, so the built app also works from a sub-path or file server.
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
  },
});
