// Every city card, and the card of every county with sourced facts, reads as
// finished text in the UI's language: in Chinese no English phrase, no raw
// web address, file path or researcher's shorthand (the other language's name
// of the place may stand as a subtitle); in English no address, path or
// shorthand either. Cards are opened the way the back button opens them.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openAtlas } from './fixtures.ts';
import { enProblems, zhProblems } from '../src/lib/i18n/finished.ts';

const cities = (JSON.parse(readFileSync('public/geo/seats.geojson', 'utf8')) as { features: { properties: { adcode: string; external: boolean } }[] }).features
  .filter((f) => !f.properties.external)
  .map((f) => f.properties.adcode);
const industries = JSON.parse(readFileSync('data/counties/county-industries.json', 'utf8')) as { code: string }[];
const counties = [...new Set(industries.map((r) => r.code))];

/** The text of the open card, without the subtitle that gives the place's name in the other language. */
async function cardText(page: Page, query: string): Promise<string> {
  await page.evaluate((q) => {
    history.pushState(null, '', `?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  const card = page.getByRole('complementary');
  await expect(card).toBeVisible();
  return card.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const other of copy.querySelectorAll('[lang]')) if (other.getAttribute('lang') !== document.documentElement.lang.slice(0, 2)) other.remove();
    return copy.innerText;
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`every city card and every county card with sourced facts reads as finished ${lang === 'zh' ? 'Chinese' : 'English'}`, async ({ atlas }) => {
    test.setTimeout(180_000);
    await openAtlas(atlas, lang === 'en' ? 'lang=en' : '');
    const problems: string[] = [];
    for (const q of [...cities.map((c) => `city=${c}`), ...counties.map((c) => `county=${c}`)]) {
      const text = await cardText(atlas, `${lang === 'en' ? 'lang=en&' : ''}${q}`);
      expect(text.length, q).toBeGreaterThan(20);
      for (const p of (lang === 'zh' ? zhProblems : enProblems)(text)) problems.push(`${q}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
}
