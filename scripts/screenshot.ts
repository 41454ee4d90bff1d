// npm run screenshot [-- --state "lang=en&county=410308"] [--out FILE] [--size 1400x900]
// Builds nothing: run after `npm run build`. Writes a PNG of the app.
import { parseArgs } from 'node:util';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';

const { values } = parseArgs({
  options: {
    state: { type: 'string', default: '' },
    out: { type: 'string', default: 'screenshot.png' },
    size: { type: 'string', default: '1400x900' },
    hover: { type: 'string' },
  },
});
const [width, height] = values.size.split('x').map(Number);
const server = await serve('dist');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${server.url}?${values.state}`);
  await page.locator('[data-map-idle="true"]').waitFor({ timeout: 60_000 });
  if (values.hover) {
    const [x, y] = values.hover.split(',').map(Number);
    await page.mouse.move(x, y);
    await page.locator('[data-map-idle="true"]').waitFor();
  }
  await page.screenshot({ path: values.out });
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
