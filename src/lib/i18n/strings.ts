// The UI's strings in the language shown. A first visit loads that language's
// table only (main.ts); the other loads when someone goes for the language
// switch (App.svelte), and a switch of language waits for it.
import type { Lang } from './lang.ts';
import type { StringKey } from './table.ts';

export type { StringKey };

const LOAD: Record<Lang, () => Promise<{ TABLE: Record<StringKey, string> }>> = {
  zh: () => import('./table-zh.ts'),
  en: () => import('./table-en.ts'),
};
const tables: Partial<Record<Lang, Record<StringKey, string>>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Loads one language's strings (once; a failed load is tried again on the next call). */
export function loadStrings(lang: Lang): Promise<void> {
  loading[lang] ??= LOAD[lang]().then(
    (m) => {
      tables[lang] = m.TABLE;
    },
    (e: unknown) => {
      delete loading[lang];
      throw e;
    },
  );
  return loading[lang];
}

export function t(lang: Lang, key: StringKey, vars: Record<string, string> = {}): string {
  // Only until the other language arrives can the asked one be missing: the shown one stands in.
  const table = tables[lang] ?? tables.zh ?? tables.en;
  return (table?.[key] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
