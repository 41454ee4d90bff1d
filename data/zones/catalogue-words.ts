// English for the catalogue's Chinese: zone-name parts and leading industries.
// A word missing here stops the build, so no Chinese reaches the English UI.

const INDUSTRIES: Record<string, string> = {
  装备制造: 'equipment manufacturing', 食品: 'food', 农副产品加工: 'farm-product processing', 机械: 'machinery', 新材料: 'new materials',
  电子信息: 'electronics and IT', 医药: 'medicine', 纺织服装: 'textiles and clothing', 物流: 'logistics', 化工: 'chemicals',
  生物医药: 'biomedicine', 新能源: 'new energy', 建材: 'building materials', 精细化工: 'fine chemicals', 纺织: 'textiles',
  铝加工: 'aluminium processing', 有色金属加工: 'non-ferrous metal processing', 汽车: 'motor vehicles', 电子电器: 'electronics and appliances',
  煤化工: 'coal chemicals', 钢铁: 'iron and steel', 石化: 'petrochemicals', 生物科技: 'biotechnology', 光电: 'optoelectronics',
  汽车及零配件: 'vehicles and parts', 电子: 'electronics', 机电: 'electromechanical products', 生物: 'biotechnology', 仓储物流: 'warehousing and logistics',
  非金属矿物制品: 'non-metallic mineral products', 轻纺: 'light industry and textiles', 家居用品: 'household goods', 食品加工: 'food processing',
  汽车零配件: 'vehicle parts', 铝及铝加工: 'aluminium and its processing', 鞋服: 'footwear and clothing', 制鞋: 'footwear',
  跨境贸易: 'cross-border trade', 电商: 'e-commerce', 保税物流: 'bonded logistics', 汽车及零部件: 'vehicles and parts', 光伏: 'photovoltaics',
  镁精加工: 'magnesium processing', 服装纺织: 'clothing and textiles', 林纸林板: 'forest paper and board', 发制品: 'hair products',
  高技术服务: 'high-tech services', 机电装备: 'electromechanical equipment', 粮油储运加工: 'grain and oil storage and processing',
  机械设备: 'machinery and equipment', 农产品加工: 'farm-product processing', 旅游商品: 'tourist goods', 轻工产品: 'light-industry products',
  矿产品加工: 'mineral processing', 特种金属材料: 'special metal materials', 轻工: 'light industry', 铝及铝制品加工: 'aluminium and aluminium products',
  精制盐: 'refined salt', 环保建材: 'green building materials', 钢铁及加工: 'iron, steel and processing', 陶瓷: 'ceramics', 电池: 'batteries',
  汽车零部件: 'vehicle parts', 玻璃制品: 'glass products', 家具: 'furniture', 羽绒制品加工: 'down products', 光电子: 'optoelectronics',
  医用新材料: 'new medical materials', 箱包: 'luggage and bags', 卫生用品: 'hygiene products', 商贸物流: 'trade and logistics',
  盐化工: 'salt chemicals', 家电: 'household appliances', 金属制品: 'metal products', 有色金属采冶: 'non-ferrous mining and smelting',
  柞蚕: 'tussah silk', 中药材加工: 'Chinese medicinal herb processing', 非金属材料: 'non-metallic materials', 针织: 'knitwear',
  中医药: 'traditional Chinese medicine', 装备电子: 'equipment electronics', 光电电子: 'optoelectronics and electronics',
  五金电子: 'hardware and electronics', 服装: 'clothing', 塑料制品: 'plastic products', 皮革皮具: 'leather goods', 机械铸造: 'machinery casting',
  能源: 'energy', 文化创意: 'cultural and creative industries', 造纸: 'paper-making', 能源化工: 'energy and chemicals',
  有色金属及加工: 'non-ferrous metals and processing', 机械装备: 'machinery and equipment', 新能源电动车: 'new-energy electric vehicles',
  环保装备: 'environmental equipment', 电子科技: 'electronic technology', 信息技术: 'information technology',
  皮毛加工: 'fur processing', 金刚石及超硬材料: 'diamond and superhard materials',
};

export function industryEn(zh: string): string {
  const en = INDUSTRIES[zh];
  if (!en) throw new Error(`no English for the industry "${zh}"`);
  return en;
}

// The zone kinds in a name, longest first so 高新技术产业开发区 wins over 开发区.
const KINDS: [string, string][] = [
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['综合保税区', 'Comprehensive Bonded Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['产业集聚区', 'Industrial Cluster District'],
  ['工业园区', 'Industrial Park'],
];

// Words inside names that are not places.
const WORDS: Record<string, string> = {
  石化: 'Petrochemical', 精细化工: 'Fine Chemical', 精细: 'Fine Chemical', 纺织: 'Textile', 汽车: 'Automotive', 电源: 'Power Supply',
  煤化工: 'Coal Chemical', 循环经济: 'Circular Economy', 物流: 'Logistics', 新能源: 'New Energy', 经开: 'Economic Development Zone',
};

/**
 * "郑州中牟汽车产业集聚区" → "Zhengzhou Zhongmu Automotive Industrial Cluster District": known places (cities and
 * counties, with their English names) and words, longest first; anything else between them is a local
 * name, in pinyin.
 */
export function nameEn(zh: string, places: { zh: string; en: string }[], romanise: (s: string) => string): string {
  let rest = zh.replace(/^河南/, '');
  const kind = KINDS.find(([k]) => rest.endsWith(k));
  if (!kind) throw new Error(`no zone kind in "${zh}"`);
  rest = rest.slice(0, -kind[0].length);
  // 焦作市工业产业集聚区: the kind already says "industrial".
  if (rest.endsWith('工业')) rest = rest.slice(0, -2);
  const known = [...places, ...Object.entries(WORDS).map(([k, v]) => ({ zh: k, en: v }))].sort((a, b) => b.zh.length - a.zh.length);
  const parts: string[] = [];
  let local = '';
  const flush = () => {
    if (local) parts.push(romanise(local));
    local = '';
  };
  while (rest) {
    const hit = known.find((k) => rest.startsWith(k.zh));
    if (hit) {
      flush();
      parts.push(hit.en);
      rest = rest.slice(hit.zh.length);
    } else {
      local += rest[0];
      rest = rest.slice(1);
    }
  }
  flush();
  return `${parts.join(' ')} ${kind[1]}`.replace(/\s+/g, ' ').trim();
}
