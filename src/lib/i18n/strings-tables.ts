// The city-role table and the around-a-place list, in both languages.
import type { Bilingual } from './lang.ts';

export const TABLE_STRINGS = {
  roleTable: { zh: '城市角色总表', en: 'City roles table' },
  roleRows: { zh: '行', en: 'Rows' },
  roleRowsCities: { zh: '省辖市（18）', en: 'Cities (18)' },
  roleRowsCounties: { zh: '县级单位（157）', en: 'Counties (157)' },
  roleFilter: { zh: '筛选行', en: 'Filter rows' },
  roleColumns: { zh: '列（{v}/{n}）', en: 'Columns ({v} of {n})' },
  roleNote: {
    zh: '每格写出两部规划给该地的角色及出处章节；空白表示规划未提及。列按规划分组，便于比较两部规划的异同（如都市圈）。点击地名或单元格在地图上打开该地。',
    en: 'Each cell gives the roles the plans give the place, with the chapter; empty means the plans say nothing. Columns are grouped by plan, to compare the two (the metropolitan circle, for one). Click a name or a cell to open the place on the map.',
  },
  roleCount: { zh: '共 {v} 行', en: '{v} rows' },
  print: { zh: '打印（A4 横向）', en: 'Print (A4 landscape)' },
  'note.around': { zh: '无法识别周边查询“{v}”，已忽略。', en: 'Could not read the around-a-place query "{v}"; ignored.' },
  around: { zh: '周边查询', en: 'Around a place' },
  aroundTitle: { zh: '{p} 周边 {km} 公里', en: 'Within {km} km of {p}' },
  aroundPoint: { zh: '所选地点', en: 'the chosen point' },
  aroundNone: { zh: '先选一个中心：点击地图选点，或在城市、县的卡片中点“周边查询”。', en: 'Choose a centre first: pick a point on the map, or use "Around a place" in a city or county card.' },
  aroundPick: { zh: '在地图上选点', en: 'Pick a point on the map' },
  aroundPicking: { zh: '请点击地图上的一点作为中心……', en: 'Click a point on the map as the centre…' },
  aroundRadius: { zh: '半径（公里）', en: 'Radius (km)' },
  aroundCount: { zh: '范围内 {v} 项（开发区、产业载体、枢纽和已导入的名单）', en: '{v} within it (zones, industry sites, hubs and loaded lists)' },
  aroundFrom: { zh: '查看周边', en: 'Around this place' },
  colDistance: { zh: '距离（公里）', en: 'Distance (km)' },
  downloadXlsx: { zh: '下载 Excel', en: 'Download Excel' },
} satisfies Record<string, Bilingual>;
