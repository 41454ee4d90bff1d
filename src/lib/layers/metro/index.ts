// 郑州都市圈: the two plans name different cities; both lists are shown, not merged.
import { codes, type LayerContext, type PlanLayer } from '../types.ts';

export const METRO_COLOURS = { both: '#7b3f9e', servicesOnly: '#c48fd6', manufacturingOnly: '#4d2a66' } as const;

/** Which plan names which city of the circle. */
export function metroSplit(ctx: LayerContext) {
  const m = new Set(codes(ctx.records.find((r) => r.id === 'metro-manufacturing')!));
  const s = new Set(codes(ctx.records.find((r) => r.id === 'metro-services')!));
  return {
    both: [...m].filter((c) => s.has(c)),
    servicesOnly: [...s].filter((c) => !m.has(c)),
    manufacturingOnly: [...m].filter((c) => !s.has(c)),
  };
}

export const metroLayer: PlanLayer = {
  key: 'metro',
  title: { zh: '郑州都市圈', en: 'Zhengzhou metropolitan circle' },
  about: {
    zh: '两部规划都没有正式列出都市圈成员。制造业规划点名与郑州融合的5市，服务业规划的都市圈段落点名6市（多开封）。颜色区分哪部规划提到哪座城市。',
    en: 'Neither plan formally lists the circle. The manufacturing plan names five cities to integrate with Zhengzhou; the services plan\'s circle paragraph names six (adding Kaifeng). Colours show which plan names which city.',
  },
  legend: (ctx) => {
    const split = metroSplit(ctx);
    return [
      { label: { zh: '两部规划均提及', en: 'Named in both plans' }, color: METRO_COLOURS.both, swatch: 'fill' as const },
      ...(split.servicesOnly.length
        ? [{ label: { zh: '仅服务业规划提及', en: 'Named in the services plan only' }, color: METRO_COLOURS.servicesOnly, swatch: 'fill' as const }]
        : []),
      ...(split.manufacturingOnly.length
        ? [{ label: { zh: '仅制造业规划提及', en: 'Named in the manufacturing plan only' }, color: METRO_COLOURS.manufacturingOnly, swatch: 'fill' as const }]
        : []),
    ];
  },
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
