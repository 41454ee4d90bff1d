// A shared link can hold anything. A thousand generated queries over the
// real parameter names (repeated keys, junk, unicode, huge values, script
// payloads) never raise a page error, never run a script, never leave an
// empty page: each is read the way the app reads a link (the browser going
// back or forward to it), and a sample is loaded as a new page.
import { test, expect, openAtlas } from './fixtures.ts';

const KEYS = ['lang', 'map', 'county', 'city', 'item', 'layers', 'fk', 'fl', 'ft', 'fn', 'fc', 'q', 'scene'];
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '%00%ff%fe',
  '\u202e\u0000\ud83d\ude00',
  '../../etc/passwd',
  '410300,410300,410300',
  'x,x,x,x',
  '9'.repeat(40),
];
const VALUES = ['', 'en', 'zh', 'fr', '410300', '419001', '999999', 'zone-west', 'belt,zones', 'zone', 'national', '8/34/113', '99/99/99', 'NaN/0/0', '1e309', '-0', '河南', 'é', '🙂'];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function queries(n: number, seed: number): string[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const value = () => {
    const kind = r();
    if (kind < 0.35) return pick(VALUES);
    if (kind < 0.6) return pick(PAYLOADS);
    if (kind < 0.7) return 'x'.repeat(Math.floor(r() * 5000));
    if (kind < 0.85) return Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick([...VALUES, ...PAYLOADS])).join(',');
    // Any code point but lone surrogates, which a URL cannot carry.
    return String.fromCodePoint(...Array.from({ length: 1 + Math.floor(r() * 12) }, () => Math.floor(r() * 0x2f7ff)).map((c) => (c >= 0xd800 && c < 0xe000 ? c + 0x800 : c)));
  };
  return Array.from({ length: n }, () => {
    const params = Array.from({ length: Math.floor(r() * 7) }, () => `${encodeURIComponent(pick(KEYS))}=${encodeURIComponent(value())}`);
    if (r() < 0.1) params.push(pick(PAYLOADS)); // a bare, unencoded fragment
    return params.join('&');
  });
}

test('a thousand generated links never break the page or run a script', async ({ atlas }) => {
  test.setTimeout(240_000);
  await openAtlas(atlas);
  const failures = await atlas.evaluate(async (list) => {
    const bad: string[] = [];
    for (const q of list) {
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((done) => setTimeout(done, 0));
      const w = window as { __pwned?: number };
      if (w.__pwned) bad.push(`script ran: ${q}`);
      if (!document.querySelector('header h1')?.textContent || !document.getElementById('atlas-map')) bad.push(`empty page: ${q}`);
      if (document.documentElement.scrollWidth > innerWidth) bad.push(`wider than the screen: ${q}`);
    }
    return bad;
  }, queries(1000, 20261201));
  expect(failures).toEqual([]);
});

test('a sample of generated links loads as a page with the app and a note, never a blank page', async ({ atlas }) => {
  test.setTimeout(240_000);
  for (const q of queries(25, 7)) {
    await atlas.goto(`./?${q}`);
    await expect(atlas.locator('header h1')).toBeVisible();
    await expect(atlas.locator('#atlas-map')).toHaveCount(1);
    expect(await atlas.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  // An over-long link is refused by the app with a note, not a browser error page.
  await atlas.goto(`./?q=${'长'.repeat(3000)}`);
  await expect(atlas.getByRole('status')).toContainText('链接过长');
});
