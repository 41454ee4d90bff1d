// The map layers of the layers a first visit shows by default, and the links
// between seats, computed from all records at build time (the build replaces
// this module with the result: vite.config.ts, bundledData), so the first view
// needs only the records of the layers it shows. The other layers' specs are in
// plan-specs-rest.ts. Outside Vite they are computed here from the same data.
import { readFileSync } from 'node:fs';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { planSpecs, splitSpecs, type PlanSpecs } from './plan-specs-build.ts';
import { seatsOf } from './seats-file.ts';

const seats = seatsOf(readFileSync(`${import.meta.dirname}/../../../public/geo/seats.geojson`, 'utf8'));
export const PLAN_SPECS: PlanSpecs = splitSpecs(await planSpecs(PLAN_RECORDS, seats), DEFAULT_LAYERS).start;
