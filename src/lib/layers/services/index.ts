// 服务业空间布局: Zhengzhou's five centres, the roles of the other central
// cities and city groups, and the partnerships the plan asks for (arcs).
import { codes, rgba, type LonLat, type PlanLayer } from '../types.ts';

export const SERVICES_COLOURS: Record<string, string> = {
  'services-zhengzhou-five-centres': '#b03a2e',
  'services-luoyang': '#7d3c98',
  'services-nanyang': '#1e8449',
  'services-golden-triangle': '#ca6f1e',
  'services-agricultural': '#7dad3a',
  'services-east': '#2874a6',
  'services-north': '#5d6d7e',
};

export const servicesLayer: PlanLayer = {
  key: 'services',
  title: { zh: '服务业空间布局', en: 'Services layout' },
  about: {
    zh: '“龙头引领、梯次推进、协同互促”：郑州龙头与五个中心，洛阳、南阳的定位，以及各城市组团的方向；弧线表示规划要求的城市协作。',
    en: "Lead city, tiers and cooperation: Zhengzhou and its five centres, the roles of Luoyang and Nanyang, and the city groups' directions; arcs show the cooperation the plan asks for.",
  },
  legend: (ctx) => [
    ...ctx.records.map((r) => ({ label: { zh: r.name_zh, en: r.name_en }, color: SERVICES_COLOURS[r.id], swatch: 'fill' as const })),
    { label: { zh: '协作关系', en: 'Cooperation' }, color: '#555555', swatch: 'arc' as const },
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
  deck: (ctx) => [
    {
      type: 'arc',
      id: 'services-arcs',
      arcs: ctx.records.flatMap((r) =>
        codes(r, 'partner').flatMap((p) =>
          codes(r, 'member').map((m) => ({
            from: ctx.seat(p) as LonLat,
            to: ctx.seat(m) as LonLat,
            color: rgba(SERVICES_COLOURS[r.id], 0.9),
            name: { zh: r.name_zh, en: r.name_en },
          })),
        ),
      ),
    },
  ],
};
