// The filter's approval periods and area classes of catalogue zones: what a link's
// filter is read against, apart from the rest of catalogue-meta.ts.
/** Approval periods and area classes: facets of the filter. */
export const APPROVAL_PERIODS = [
  { id: 'before-2000', zh: '2000年以前', en: 'Before 2000', test: (y: number) => y < 2000 },
  { id: '2000-2009', zh: '2000—2009年', en: '2000–2009', test: (y: number) => y >= 2000 && y < 2010 },
  { id: '2010-2014', zh: '2010—2014年', en: '2010–2014', test: (y: number) => y >= 2010 && y < 2015 },
  { id: '2015-2018', zh: '2015—2018年', en: '2015–2018', test: (y: number) => y >= 2015 },
] as const;
export const AREA_CLASSES = [
  { id: 'lt-500', zh: '500公顷以下', en: 'Under 500 ha', test: (ha: number) => ha < 500 },
  { id: '500-1000', zh: '500—1000公顷', en: '500–1,000 ha', test: (ha: number) => ha >= 500 && ha < 1000 },
  { id: '1000-1500', zh: '1000—1500公顷', en: '1,000–1,500 ha', test: (ha: number) => ha >= 1000 && ha < 1500 },
  { id: 'ge-1500', zh: '1500公顷及以上', en: '1,500 ha and more', test: (ha: number) => ha >= 1500 },
] as const;
