import raw from '../../../data/zones/dev-zones.json';
import { devZoneFile, type DevZone } from './dev-zones.ts';

export const DEV_ZONES: readonly DevZone[] = devZoneFile.parse(raw);
