export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: string): v is Lang => (LANGS as readonly string[]).includes(v);

/** A text in both languages: every UI string and plan label has one of these. */
export type Bilingual = Record<Lang, string>;
