// Debian's Chromium, never a downloaded browser. CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// SwiftShader gives headless Chromium real WebGL without a GPU; the network
// flags stop Chromium's own background requests, which a closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu-rasterization',
];

export function launchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; run "npm test" once (it installs it) or set CHROMIUM_PATH`);
  }
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

export const launch = () => chromium.launch(launchOptions());
