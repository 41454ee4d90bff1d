// 革命老区: both plans name the areas (大别山, 太行, 伏牛) but not their
// counties. The Dabie area is drawn from the State Council's Dabie plan
// (22 county-level units in Henan); the others have no official list here
// and are listed, not drawn.
import { type PlanLayer } from '../types.ts';

export const REVOLUTIONARY_COLOUR = '#b03a2e';

export const revolutionaryLayer: PlanLayer = {
  key: 'revolutionary',
  title: { zh: '革命老区', en: 'Old revolutionary base areas' },
  about: {
    zh: '制造业规划点名大别山、太行等革命老区，服务业规划点名大别山、伏牛革命老区，都未列出所含县。大别山革命老区按国务院批复的《大别山革命老区振兴发展规划》所列22个县级单位绘出；太行、伏牛老区没有可用的官方名单，不绘制。',
    en: 'The manufacturing plan names the Dabie, Taihang and other old revolutionary base areas, the services plan Dabie and Funiu; neither lists their counties. The Dabie area is drawn as the 22 county-level units of the State Council’s Dabie revitalisation plan; Taihang and Funiu have no official list to draw from.',
  },
  legend: (ctx) => [
    { label: { zh: '大别山革命老区（国家规划所列县级单位）', en: 'Dabie Mountains area (units of the national plan)' }, color: REVOLUTIONARY_COLOUR, swatch: 'fill' },
    // The areas the plans name that have no official list: each once, whichever plan names it.
    ...[...new Map(ctx.records.flatMap((r) => r.items).filter((i) => i.name_zh !== '大别山革命老区').map((i) => [i.name_zh, i])).values()].map((i) => ({
      label: { zh: `${i.name_zh}（未绘制）`, en: `${i.name_en} (not drawn)` },
      color: '#999999',
      swatch: 'none' as const,
    })),
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
