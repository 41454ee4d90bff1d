// The server `npm start` runs sends a Content-Security-Policy (the page also
// carries it) and the other security headers; the app works under it; a link
// longer than the server accepts gets a clear page, not a browser error.
import { test, expect, openAtlas } from './fixtures.ts';

test('the page and its files come with the security headers, and the policy allows only the app itself', async ({ atlas, request }) => {
  const res = await request.get('./');
  const csp = res.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['referrer-policy']).toBe('no-referrer');
  expect(await res.text()).toContain('http-equiv="Content-Security-Policy"');
  const geo = await request.get('./geo/manifest.json');
  expect(geo.headers()['x-content-type-options']).toBe('nosniff');

  // Nothing the app does at start, on the map or in the export preview breaks the policy.
  await atlas.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await openAtlas(atlas, 'layers=belt,zones,corridors');
  await atlas.getByRole('button', { name: '导出' }).click();
  await expect(atlas.getByRole('dialog', { name: '导出地图' }).getByRole('img', { name: '预览' })).toBeVisible({ timeout: 60_000 });
  expect(await atlas.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

test('a link longer than the server accepts gets a page that says so in both languages', async ({ request }) => {
  const res = await request.get(`./?q=${'x'.repeat(70_000)}`);
  expect(res.status()).toBe(431);
  const body = await res.text();
  expect(body).toContain('链接过长');
  expect(body).toContain('Link too long');
});
