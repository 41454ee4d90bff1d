// Corridors and belts between cities: drawn by deck.gl as bands through the
// city seats (and beyond Henan where the plan says so); the culture-tourism
// belt follows the Yellow River.
import { codes, rgba, type LonLat, type PlanLayer } from '../types.ts';

export const CORRIDOR_COLOURS: Record<string, string> = {
  'corridor-zhengluoxi-cooperation': '#9b59b6',
  'corridor-zhengluo-smart-manufacturing': '#d35400',
  'corridor-zhengkai-science': '#1f77b4',
  'corridor-producer-services': '#16a085',
  'belt-yellow-river-culture-tourism': '#c9a227',
};
// Wider first, so a narrower corridor on the same stretch stays visible on top.
const WIDTHS: Record<string, number> = {
  'corridor-zhengluoxi-cooperation': 16,
  'corridor-zhengluo-smart-manufacturing': 7,
  'corridor-zhengkai-science': 9,
  'corridor-producer-services': 9,
};

export const corridorsLayer: PlanLayer = {
  key: 'corridors',
  title: { zh: '走廊与发展带', en: 'Corridors and belts' },
  about: {
    zh: '城市之间的走廊、合作带和文化旅游带，按城市驻地连线示意；郑洛西合作带延伸出省到西安。',
    en: "Corridors, cooperation belts and the culture-tourism belt, drawn through the cities' seats; the Zhengzhou–Luoyang–Xi'an belt leaves Henan for Xi'an.",
  },
  legend: (ctx) =>
    ctx.records.map((r) => ({
      label: { zh: r.name_zh, en: r.name_en },
      color: CORRIDOR_COLOURS[r.id],
      swatch: r.kind === 'band' ? ('band' as const) : ('line' as const),
    })),
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
  deck: (ctx) => [
    {
      type: 'path',
      id: 'corridors-paths',
      paths: ctx.records
        .filter((r) => r.kind === 'corridor')
        .sort((a, b) => WIDTHS[b.id] - WIDTHS[a.id])
        .map((r) => ({
          path: [...codes(r), ...r.external].map((c) => ctx.seat(c)).filter((p): p is LonLat => !!p),
          color: rgba(CORRIDOR_COLOURS[r.id], 0.75),
          width: WIDTHS[r.id],
          name: { zh: r.name_zh, en: r.name_en },
        })),
    },
  ],
};
