// The services plan's hubs: logistics, trade, finance, culture, health,
// agriculture and innovation platforms. Where the plan calls for a kind of hub
// without placing it (national logistics hubs), the places come from a sourced
// table and the record says so.
import type { Bilingual } from '../../i18n/lang.ts';
import type { HubType } from '../../plan/schema.ts';
import type { PlanLayer } from '../types.ts';

export const HUB_COLOUR = '#7d3c98';

export const HUB_TYPE_LABEL: Record<HubType, Bilingual> = {
  logistics: { zh: '物流', en: 'Logistics' },
  trade: { zh: '商贸与电商', en: 'Trade and e-commerce' },
  finance: { zh: '金融', en: 'Finance' },
  culture: { zh: '文化旅游', en: 'Culture and tourism' },
  health: { zh: '医疗健康', en: 'Health' },
  agriculture: { zh: '农业服务', en: 'Agricultural services' },
  innovation: { zh: '创新平台', en: 'Innovation platforms' },
  consumption: { zh: '消费中心', en: 'Consumption centres' },
  opening: { zh: '开放平台', en: 'Opening-up platforms' },
  exhibition: { zh: '会展与节会', en: 'Fairs and exhibitions' },
  livelihood: { zh: '家政养老等民生服务', en: 'Household and care services' },
};

export const hubsLayer: PlanLayer = {
  key: 'hubs',
  title: { zh: '服务业枢纽与平台', en: 'Service hubs and platforms' },
  about: {
    zh: '规划点名的物流、商贸、金融、文旅、医疗、农业服务和创新平台。国家物流枢纽的所在城市来自有出处的参考资料（卡片中注明）。圆点位于城市驻地，仅示意所在城市。',
    en: 'Logistics, trade, finance, culture, health, farm-service and innovation hubs the plans name. The cities of the national logistics hubs come from a sourced table (the card says so). Markers sit at the city seat and show only which city.',
  },
  legend: () => [
    { label: { zh: '服务业枢纽（数字为个数）', en: 'Service hubs (number per place)' }, color: HUB_COLOUR, swatch: 'point' },
    {
      label: {
        zh: `类型：${Object.values(HUB_TYPE_LABEL).map((l) => l.zh).join('、')}`,
        en: `Types: ${Object.values(HUB_TYPE_LABEL).map((l) => l.en.toLowerCase()).join(', ')}`,
      },
      color: '#999999',
      swatch: 'none',
    },
  ],
  mapLayers: () => import('./style.ts').then((m) => m.mapLayers),
};
