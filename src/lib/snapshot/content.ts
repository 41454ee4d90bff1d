// What a snapshot says: default title and subtitle, the legend of exactly the
// visible layers, and the source line (plan chapters of what is shown, the
// sources of facts from outside the plans, the base map's sources and licences).
import type { Lang } from '../i18n/lang.ts';
import type { LayerKey, PlanName, PlanRecord } from '../plan/schema.ts';
import type { LayerContext } from '../layers/types.ts';
import { PLAN_LAYERS } from '../layers/registry.ts';
import { PLAN_LABEL } from '../plan/labels.ts';
import { t } from '../i18n/strings.ts';
import type { LegendGroup } from './frame.ts';

const visibleLayers = (visible: ReadonlySet<LayerKey>) => PLAN_LAYERS.filter((l) => visible.has(l.key));

export function defaultTitles(visible: ReadonlySet<LayerKey>, lang: Lang): { title: string; subtitle: string } {
  const shown = visibleLayers(visible).map((l) => l.title[lang]);
  return shown.length
    ? { title: shown.join(lang === 'zh' ? '、' : ' · '), subtitle: t(lang, 'title') }
    : { title: t(lang, 'title'), subtitle: t(lang, 'subtitle') };
}

export function legendGroups(visible: ReadonlySet<LayerKey>, lang: Lang, context: (key: LayerKey) => LayerContext): LegendGroup[] {
  return visibleLayers(visible).map((l) => ({
    title: l.title[lang],
    entries: l.legend(context(l.key)).map((e) => ({ label: e.label[lang], color: e.color, swatch: e.swatch })),
  }));
}

/** The plan chapters behind what is shown, each plan once: "制造业规划 第十四章 第一节、第二节". */
export function planSources(records: readonly PlanRecord[], visible: ReadonlySet<LayerKey>, lang: Lang): string[] {
  const chapters = new Map<PlanName, Set<string>>();
  for (const r of records.filter((x) => visible.has(x.layer))) {
    for (const c of r.cite) chapters.set(c.plan, (chapters.get(c.plan) ?? new Set()).add(c.chapter));
  }
  const order = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN-u-co-stroke', { numeric: true });
  return [...chapters].sort(([a], [b]) => a.localeCompare(b)).map(([plan, set]) => `${PLAN_LABEL[plan][lang]} ${[...set].sort(order).join(lang === 'zh' ? '、' : ', ')}`);
}

export function sourceLine(records: readonly PlanRecord[], visible: ReadonlySet<LayerKey>, lang: Lang): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const plans = planSources(records, visible, lang);
  const outside: string[] = [];
  if (visible.has('devzones')) outside.push(t(lang, 'sourceDevZones'));
  if (visible.has('counties')) outside.push(t(lang, 'sourceCountyIndustries'));
  if (records.some((r) => visible.has(r.layer) && r.membership)) outside.push(t(lang, 'sourceDerived'));
  return [
    ...(plans.length ? [`${t(lang, 'sourcePlans')}${plans.join(sep)}`] : []),
    ...outside,
    t(lang, 'sourcesShort'),
    t(lang, 'indicative'),
  ].join(sep);
}
