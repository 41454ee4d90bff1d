// Writes data/zones/catalogue.json from data/reference/dev_zones_catalogue_2018.csv:
// every Henan row of the official 2018 zone catalogue, tied to its NBS 2023
// county (or to its city, where the catalogue's host cannot be tied to one
// county with confidence), at an approximate position. Any row it cannot tie
// to a place stops the script (and the test that runs it).
// Run: npx tsx data/zones/catalogue.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../../src/lib/csv.ts';
import { catalogueFile, type CatalogueZone } from '../../src/lib/facts/catalogue.ts';
import type { ZoneType } from '../../src/lib/facts/catalogue-meta.ts';
import { readDivisions, RENAMED } from '../geo/divisions.ts';
import { baseName, englishName, romanise } from '../geo/names.ts';
import { industryEn, nameEn } from './catalogue-words.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Hosts whose name does not tie them to one county with confidence: tied to the city. */
export const CITY_ONLY: Record<string, { city: string; why: string }> = {
  郑州经开: { city: '410100', why: 'the Zhengzhou ETDZ is a functional zone, not a county' },
  郑州新郑: { city: '410100', why: 'named after the airport; the airport zone spans more than one county' },
  洛阳市石化: { city: '410300', why: 'a named cluster, not a county' },
  鹤淇: { city: '410600', why: 'named after Hebi and Qi County together' },
  红旗渠: { city: '410500', why: 'named after the canal, not a county (Anyang)' },
  汴东: { city: '410200', why: '汴 is the short name of Kaifeng; the catalogue names no county' },
  宛西: { city: '411300', why: '宛 is the short name of Nanyang; "west of Nanyang" names no county' },
};

interface Place {
  adcode: string;
  name_zh: string;
  city_adcode: string;
}

export function buildCatalogue(root: string): CatalogueZone[] {
  const rows = parseCsv(readFileSync(join(root, 'data/reference/dev_zones_catalogue_2018.csv'), 'utf8'));
  const divisions = readDivisions(join(root, 'data/reference/henan_county_divisions_nbs2023.csv'));
  const geo = (f: string) => JSON.parse(readFileSync(join(root, 'public/geo', f), 'utf8'));
  const counties = geo('henan-counties.geojson').features as Feature<Polygon | MultiPolygon, Place>[];
  const cities = geo('henan-cities.geojson').features as Feature<Polygon | MultiPolygon, Place>[];
  const labels = geo('labels.geojson').features as Feature<{ type: 'Point'; coordinates: [number, number] }, { adcode: string; level: string }>[];
  const seats = geo('seats.geojson').features as Feature<{ type: 'Point'; coordinates: [number, number] }, { adcode: string }>[];

  const cityCode = (code: string) => (code === '419001' ? code : `${code.slice(0, 4)}00`);
  const cityBases = cities.map((c) => ({ code: c.properties.adcode, base: c.properties.name_zh.replace(/市$/, '').replace(/示范区$/, '') }));
  const countyByName = (name: string) => divisions.find((d) => d.nameZh === (RENAMED[name] ?? name));
  const inCity = (city: string) => divisions.filter((d) => cityCode(d.code) === city);

  function host(h: string): { city: string; county: string | null } {
    if (h in CITY_ONLY) return { city: CITY_ONLY[h].city, county: null };
    // 孟津县华阳 and the like: a renamed county followed by the cluster's own name.
    for (const [old, now] of Object.entries(RENAMED)) if (h.startsWith(old)) return hostOf(now);
    const exact = countyByName(h);
    if (exact) return hostOf(exact.nameZh);
    const city = cityBases.find((c) => h === c.base || h === `${c.base}市`);
    if (city) return { city: city.code, county: null };
    // A county named without its suffix (长葛, 潢川…), unique in Henan.
    const bare = divisions.filter((d) => baseName(d.nameZh) === h);
    if (bare.length === 1) return hostOf(bare[0].nameZh);
    // A city's name, then a county of that city (郑州中牟汽车, 南阳卧龙, 商丘市睢阳).
    const prefix = cityBases.find((c) => h.startsWith(c.base));
    if (prefix) {
      const rest = h.slice(prefix.base.length).replace(/^市/, '');
      const county = inCity(prefix.code).find((d) => rest.startsWith(d.nameZh) || rest.startsWith(baseName(d.nameZh)));
      return { city: prefix.code, county: county?.code ?? null };
    }
    // A county's full name, then the cluster's own name (光山县官渡河, 新郑市新港, 义马市煤).
    const lead = divisions.find((d) => h.startsWith(d.nameZh));
    if (lead) return hostOf(lead.nameZh);
    throw new Error(`catalogue host "${h}" matches no Henan city or county`);
  }
  function hostOf(nameZh: string): { city: string; county: string | null } {
    const d = countyByName(nameZh)!;
    return { city: cityCode(d.code), county: d.code };
  }

  // Names the zone names may start with: cities (郑州, 郑州市) and counties (中牟县, 中牟), with their English.
  const placeNames = [
    ...cities.flatMap((c) => {
      const base = c.properties.name_zh.replace(/市$/, '');
      const en = romanise(base);
      return [{ zh: c.properties.name_zh, en }, { zh: base, en }];
    }),
    ...divisions.flatMap((d) => {
      const en = englishName(d.nameZh);
      const base = baseName(d.nameZh);
      return [{ zh: d.nameZh, en }, ...([...base].length > 1 ? [{ zh: base, en }] : [])];
    }),
    { zh: '红旗渠', en: 'Hongqiqu' },
    // The catalogue's pre-2019 names.
    ...Object.entries(RENAMED).map(([old, now]) => ({ zh: old, en: englishName(now) })),
  ];

  const pointOf = (level: 'county' | 'city', code: string): [number, number] =>
    level === 'county'
      ? labels.find((l) => l.properties.level === 'county' && l.properties.adcode === code)!.geometry.coordinates
      : seats.find((s) => s.properties.adcode === code)!.geometry.coordinates;

  return catalogueFile.parse(
    rows.map((r): CatalogueZone => {
      const tied = host(r.city_or_county);
      const city = tied.city;
      // 济源 is both the city and its only county-level unit.
      const county = tied.county ?? (city === '419001' ? city : null);
      const unit = county ? counties.find((c) => c.properties.adcode === county)! : cities.find((c) => c.properties.adcode === city)!;
      const lon = Number(r.lon_wgs84);
      const lat = Number(r.lat_wgs84);
      // The geocode is the transcription's, not the catalogue's: used only when it lies inside the host unit.
      const geocodeFits = Number.isFinite(lon) && Number.isFinite(lat) && booleanPointInPolygon([lon, lat], unit);
      const [plon, plat] = geocodeFits ? [lon, lat] : pointOf(county ? 'county' : 'city', county ?? city);
      const [year, month] = r.approval_date.split('.');
      return {
        code: r.code,
        name_zh: r.name,
        name_en: nameEn(r.name, placeNames, romanise),
        level: r.approval_authority === '国务院' ? 'national' : 'provincial',
        type: r.zone_type as ZoneType,
        approved: `${year}-${month.padStart(2, '0')}`,
        area_ha: Number(r.approved_area_ha),
        industries: r.leading_industries
          .split(/[、，,]/)
          .map((s) => s.trim())
          .filter(Boolean)
          .map((zh) => ({ zh, en: industryEn(zh) })),
        host_zh: r.city_or_county,
        city_code: city,
        county_code: county,
        position: {
          lon: Math.round(plon * 1e4) / 1e4,
          lat: Math.round(plat * 1e4) / 1e4,
          precision: 'approximate',
          basis: geocodeFits ? (county ? 'geocoded-in-county' : 'geocoded-in-city') : county ? 'county-label' : 'city-seat',
        },
      };
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const zones = buildCatalogue(ROOT);
  writeFileSync(join(ROOT, 'data/zones/catalogue.json'), JSON.stringify(zones, null, 1) + '\n');
  const tied = zones.filter((z) => z.county_code).length;
  console.log(`wrote ${zones.length} zones: ${tied} tied to a county, ${zones.length - tied} to a city`);
}
