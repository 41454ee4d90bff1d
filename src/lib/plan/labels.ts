import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { Cite, PlanName, Role } from './schema.ts';

export const PLAN_LABEL: Record<PlanName, Bilingual> = {
  manufacturing: { zh: '制造业规划', en: 'Manufacturing plan' },
  services: { zh: '服务业规划', en: 'Services plan' },
};

export const ROLE_LABEL: Record<Role | 'contains', Bilingual> = {
  centre: { zh: '中心', en: 'Centre' },
  member: { zh: '成员', en: 'Member' },
  partner: { zh: '协作城市', en: 'Partner' },
  node: { zh: '节点', en: 'Node' },
  contains: { zh: '部分县区', en: 'Some of its counties' },
};

/** 一…十九 as a number. */
export function chineseNumber(s: string): number {
  const digit = (ch: string) => '一二三四五六七八九'.indexOf(ch) + 1;
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + digit(s[1]);
  if (s.endsWith('十')) return digit(s[0]) * 10;
  if (s.includes('十')) return digit(s[0]) * 10 + digit(s[2]);
  return digit(s);
}

/** The chapter in English words: "Chapter 14, Section 2" (manufacturing), "Part 2 (4)" (services). */
export function chapterEn(chapter: string): string {
  const m = /^第(.+?)章(?: 第(.+?)节)?$/.exec(chapter);
  if (m) return `Chapter ${chineseNumber(m[1])}${m[2] ? `, Section ${chineseNumber(m[2])}` : ''}`;
  const s = /^(.)(?:（(.+?)）)?$/.exec(chapter);
  if (s) return `Part ${chineseNumber(s[1])}${s[2] ? ` (${chineseNumber(s[2])})` : ''}`;
  return chapter;
}

/** "制造业规划 第十四章 第一节" / "Manufacturing plan, Chapter 14, Section 1": the plan and chapter in words. */
export function formatCite(c: Cite, lang: Lang): string {
  return lang === 'zh' ? `${PLAN_LABEL[c.plan].zh} ${c.chapter}` : `${PLAN_LABEL[c.plan].en}, ${chapterEn(c.chapter)}`;
}
