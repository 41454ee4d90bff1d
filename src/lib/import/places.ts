// Where a planner's row is: by county code, by county name (with the city
// where the name is ambiguous), or by coordinates, checked against the county
// shapes (a point outside Henan is refused; a point outside the county the
// row names is flagged; a row with coordinates only gets its county).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface Unit {
  adcode: string;
  name_zh: string;
  city_adcode: string;
  label: [number, number];
  bbox: [number, number, number, number];
  feature: Feature<Polygon | MultiPolygon>;
}
export interface CityUnit {
  adcode: string;
  name_zh: string;
  seat: [number, number];
}

export interface Places {
  counties: Unit[];
  cities: CityUnit[];
  /** Looked up once per row: by code, and by name with and without its 县/区/市. */
  byCode: Map<string, Unit | CityUnit>;
  countiesByName: Map<string, Unit[]>;
  citiesByName: Map<string, CityUnit>;
}

type CountyGeo = { features: Feature<Polygon | MultiPolygon, { adcode: string; name_zh: string; city_adcode: string; label: [number, number] }>[] };
type CityGeo = { features: { properties: { adcode: string; name_zh: string; seat: [number, number] } }[] };

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const r of rings) for (const [x, y] of r) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

export function placesFrom(counties: CountyGeo, cities: CityGeo): Places {
  const units: Unit[] = counties.features.map((f) => ({ ...f.properties, bbox: bboxOf(f.geometry), feature: f }));
  const towns: CityUnit[] = cities.features.map((f) => f.properties);
  const countiesByName = new Map<string, Unit[]>();
  for (const u of units) {
    for (const key of new Set([u.name_zh, base(u.name_zh)])) countiesByName.set(key, [...(countiesByName.get(key) ?? []), u]);
  }
  const citiesByName = new Map<string, CityUnit>();
  for (const c of towns) for (const key of [c.name_zh, base(c.name_zh)]) citiesByName.set(key, c);
  return {
    counties: units,
    cities: towns,
    byCode: new Map<string, Unit | CityUnit>([...towns.map((c) => [c.adcode, c] as const), ...units.map((u) => [u.adcode, u] as const)]),
    countiesByName,
    citiesByName,
  };
}

/** The county a point lies in, or null outside Henan. */
export function countyAt(p: Places, lon: number, lat: number): Unit | null {
  for (const c of p.counties) {
    const [w, s, e, n] = c.bbox;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon([lon, lat], c.feature)) return c;
  }
  return null;
}

const base = (name: string) => name.replace(/(回族区|区|县|市)$/, '');

export type CountyMatch = { county: Unit } | { city: CityUnit } | { problem: 'unknownCode' | 'unknownCounty' | 'ambiguousCounty' | 'unknownCity'; value: string };

/** A county (or, for a city's code, the city) from the row's code, or name and city. */
export function countyFromRow(p: Places, code: string, county: string, city: string): CountyMatch | null {
  const c = code.trim();
  if (c) {
    const hit = p.byCode.get(c);
    if (!hit) return { problem: 'unknownCode', value: c };
    return 'city_adcode' in hit ? { county: hit } : { city: hit };
  }
  const name = county.trim();
  const cityName = city.trim();
  const inCity = cityName ? (p.citiesByName.get(cityName) ?? p.citiesByName.get(base(cityName))) : undefined;
  if (cityName && !inCity) return { problem: 'unknownCity', value: cityName };
  if (!name) return inCity ? { city: inCity } : null;
  // An exact name first (鼓楼区 is not 鼓楼); the bare name only when nothing is called exactly that.
  const named = p.countiesByName.get(name) ?? p.countiesByName.get(base(name)) ?? [];
  const hits = named.filter((x) => !inCity || x.city_adcode === inCity.adcode);
  if (hits.length === 1) return { county: hits[0] };
  return { problem: hits.length ? 'ambiguousCounty' : 'unknownCounty', value: name };
}
