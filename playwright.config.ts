import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/lib/chromium.ts';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  // WebGL runs on SwiftShader here: one browser at a time keeps frames predictable.
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
