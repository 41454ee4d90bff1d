import raw from '../../../data/counties/county-industries.json';
import { countyIndustryFile, type CountyIndustry } from './county-industries.ts';

export const COUNTY_INDUSTRIES: readonly CountyIndustry[] = countyIndustryFile.parse(raw);

export const industriesOf = (code: string): CountyIndustry[] => COUNTY_INDUSTRIES.filter((r) => r.code === code);
