// What the app needs to show catalogue zones: type names, the catalogue's
// citation, facet classes. No schema here: the bundled data was checked when
// it was built (data/zones/catalogue.ts, data/zones.test.ts).
import type { Bilingual } from '../i18n/lang.ts';
import type { Citation } from './citation.ts';
import type { CatalogueZone } from './catalogue.ts';
import { APPROVAL_PERIODS, AREA_CLASSES } from './zone-classes.ts';

export { APPROVAL_PERIODS, AREA_CLASSES } from './zone-classes.ts';

export const ZONE_TYPES = {
  经济技术开发区: { zh: '经济技术开发区', en: 'Economic and technological development zone' },
  高新技术产业开发区: { zh: '高新技术产业开发区', en: 'High-tech industrial development zone' },
  海关特殊监管区域: { zh: '海关特殊监管区域（综合保税区）', en: 'Customs special supervision zone (comprehensive bonded zone)' },
  经济开发区: { zh: '经济开发区', en: 'Economic development zone' },
  工业园区: { zh: '工业园区（产业集聚区）', en: 'Industrial park (industrial cluster district)' },
} as const satisfies Record<string, Bilingual>;
export type ZoneType = keyof typeof ZONE_TYPES;

/** The catalogue itself, cited on every row. */
export const CATALOGUE_CITATION: Citation = {
  publisher_zh: '国家发展和改革委员会、科学技术部、国土资源部、住房和城乡建设部、商务部、海关总署',
  publisher_en: 'NDRC, MOST, MLR, MOHURD, MOFCOM and GACC',
  title: '中国开发区审核公告目录（2018年版）',
  doc_no: '2018年第4号公告',
  date: '2018-03-02',
  url: 'https://www.ndrc.gov.cn/xwdt/xwfb/201803/t20180302_954222.html',
};

/** How many zones Henan's 2021–2022 reorganisation left ("一县一省级开发区"), for the layer's note. */
export const REORGANISED_COUNT = 184;

export const POSITION_BASIS: Record<CatalogueZone['position']['basis'], Bilingual> = {
  'county-label': { zh: '位置为所在县级单位的示意点', en: 'Shown at a point of the host county (approximate)' },
  'city-seat': { zh: '目录未能确定到县，位置为所在市的驻地', en: 'The host could not be tied to one county; shown at the city seat' },
  'geocoded-in-county': { zh: '位置为地址解析点（位于所在县级单位内，示意）', en: 'Shown at a geocoded address inside the host county (approximate)' },
  'geocoded-in-city': { zh: '位置为地址解析点（位于所在市内，示意）', en: 'Shown at a geocoded address inside the host city (approximate)' },
};

export const periodOf = (z: CatalogueZone) => APPROVAL_PERIODS.find((p) => p.test(Number(z.approved.slice(0, 4))))!.id;
export const areaClassOf = (z: CatalogueZone) => AREA_CLASSES.find((c) => c.test(z.area_ha))!.id;
