// 革命老区: the plans name the areas (大别山, 太行, 伏牛) but not their counties,
// and no sourced county list is in this project yet, so nothing is drawn: the
// layer lists the areas with the plan behind each.
import type { PlanLayer } from '../types.ts';

export const revolutionaryLayer: PlanLayer = {
  key: 'revolutionary',
  title: { zh: '革命老区', en: 'Old revolutionary base areas' },
  about: {
    zh: '制造业规划点名大别山、太行等革命老区，服务业规划点名大别山、伏牛革命老区。规划未列出老区所含县，本图不绘制其范围。',
    en: 'The manufacturing plan names the Dabie, Taihang and other old revolutionary base areas; the services plan names Dabie and Funiu. Neither lists their counties, so the atlas does not draw them.',
  },
  legend: (ctx) =>
    ctx.records.map((r) => ({ label: { zh: `${r.name_zh}（未绘制）`, en: `${r.name_en} (not drawn)` }, color: '#999999', swatch: 'none' as const })),
  mapLayers: () => [],
};
