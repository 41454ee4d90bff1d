// The plan layers' map layers for the initial style, computed from all records
// at build time (the build replaces this module with the result: vite.config.ts,
// bundledData), so the first view needs only the records of the layers it shows.
// Outside Vite they are computed here from the same data.
import { readFileSync } from 'node:fs';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { planSpecs, type PlanSpecs } from './plan-specs-build.ts';
import { seatsOf } from './seats-file.ts';

export const PLAN_SPECS: PlanSpecs = await planSpecs(PLAN_RECORDS, seatsOf(readFileSync(`${import.meta.dirname}/../../../public/geo/seats.geojson`, 'utf8')));
