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

/** "制造业规划 第十四章 第一节" / "Manufacturing plan, 第十四章 第一节": chapters as the plan numbers them. */
export function formatCite(c: Cite, lang: Lang): string {
  return lang === 'zh' ? `${PLAN_LABEL[c.plan].zh} ${c.chapter}` : `${PLAN_LABEL[c.plan].en}, ${c.chapter}`;
}
