// Places the industry chapters tie to an industry (sensor parks, 中国镁谷,
// hydrogen pilots…). Several sites often share a city, so the map shows one
// marker per place sized by how many sites it has; the card lists them.
import type { PlanLayer } from '../types.ts';
import { taxonomyTiers } from '../../summary/bundled.ts';

export const INDUSTRY_COLOUR = '#0e6e8c';

const groups = taxonomyTiers.map((t) => `${t.name_zh} ${t.groups}`).join('、');
const groupsEn = taxonomyTiers.map((t) => `${t.groups} ${t.name_en.toLowerCase()}`).join(', ');

export const industriesLayer: PlanLayer = {
  key: 'industries',
  title: { zh: '产业载体（制造业规划点名）', en: 'Industry sites named by the plan' },
  about: {
    zh: `制造业规划产业章节点名的园区、基地和试点城市，按规划的产业分类（${groups}类）归组。圆点大小和数字表示该地被点名的载体数，点击城市查看清单及出处。`,
    en: `Parks, bases and pilot cities named in the manufacturing plan's industry chapters, grouped by the plan's taxonomy (${groupsEn}). Dot size and number give how many sites the plan ties to the place; click a city for the list and the chapters.`,
  },
  legend: (ctx) => [
    { label: { zh: '产业载体（数字为个数）', en: 'Industry sites (number per place)' }, color: INDUSTRY_COLOUR, swatch: 'point' },
    ...ctx.records
      .filter((r) => r.members.length === 0)
      .flatMap((r) => r.items)
      .map((i) => ({ label: { zh: `${i.name_zh}（未绘制）`, en: `${i.name_en} (not drawn)` }, color: '#999999', swatch: 'none' as const })),
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
