// Plan terms explained in the atlas's own words.
import type { Bilingual } from './lang.ts';

export const GLOSSARY: { term: Bilingual; meaning: Bilingual }[] = [
  {
    term: { zh: '一带', en: 'One belt (一带)' },
    meaning: {
      zh: '制造业规划中的沿黄河制造业绿色发展示范带；服务业规划的“一带”则指黄河文化旅游带。',
      en: "In the manufacturing plan, the green manufacturing belt along the Yellow River; in the services plan's tourism layout, the Yellow River culture-tourism belt.",
    },
  },
  {
    term: { zh: '主副（主中心、副中心）', en: 'Main and sub-centres (主副)' },
    meaning: {
      zh: '郑州是国家中心城市（主）；洛阳是中原城市群副中心城市，南阳是副中心城市（副）。',
      en: 'Zhengzhou is the national central city (main); Luoyang is the sub-centre of the Central Plains urban agglomeration and Nanyang a sub-centre.',
    },
  },
  {
    term: { zh: '四区', en: 'Four zones (四区)' },
    meaning: {
      zh: '豫西、豫南、豫东、豫北四个示范区，按地理方位把城市分组，各有不同的发展任务。',
      en: 'Four demonstration zones grouping cities by direction (west, south, east, north), each with its own task.',
    },
  },
  {
    term: { zh: '多点联动', en: 'Many points in concert (多点联动)' },
    meaning: {
      zh: '以县域为单位，各县培育特色主导产业和产业集群，相互协作。',
      en: 'County-level development: each county grows its own leading industry and cluster, and counties cooperate.',
    },
  },
  {
    term: { zh: '都市圈', en: 'Metropolitan circle (都市圈)' },
    meaning: {
      zh: '以郑州为中心、与周边城市一体化发展的城市圈。两部规划提到的城市不完全相同。',
      en: 'Zhengzhou and the nearby cities it is to integrate with; the two plans name slightly different cities.',
    },
  },
  {
    term: { zh: '走廊、合作带', en: 'Corridor, cooperation belt (走廊、合作带)' },
    meaning: {
      zh: '沿交通轴线连接几座城市、集中布局某类产业或合作的带状区域。',
      en: 'A strip linking several cities along a transport axis, where an industry or a form of cooperation is concentrated.',
    },
  },
  {
    term: { zh: '革命老区', en: 'Old revolutionary base area (革命老区)' },
    meaning: {
      zh: '革命时期的根据地，如大别山、太行、伏牛地区，国家对其振兴给予扶持。',
      en: 'Former revolutionary base areas such as Dabie, Taihang and Funiu, which receive support for their revival.',
    },
  },
  {
    term: { zh: '示意图', en: 'Indicative map (示意图)' },
    meaning: {
      zh: '本图边界仅作示意，不是官方标准地图。',
      en: 'The boundaries here are approximate; this is not an official standard map.',
    },
  },
];
