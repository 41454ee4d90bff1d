import type { Lang } from '../i18n/lang.ts';

/** "1249公顷（12.49平方公里）" / "1,249 ha (12.49 km²)". */
export function formatArea(ha: number, lang: Lang): string {
  const km2 = (ha / 100).toFixed(2);
  return lang === 'zh' ? `${ha}公顷（${km2}平方公里）` : `${ha.toLocaleString('en')} ha (${km2} km²)`;
}
