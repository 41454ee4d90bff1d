// The map layers of the layers a first visit hides by default, computed as
// plan-specs.ts computes the others (and replaced by the build likewise);
// loaded the first time one of them is shown (specs.ts).
import { readFileSync } from 'node:fs';
import { PLAN_RECORDS } from '../plan/bundled.ts';
import { DEFAULT_LAYERS } from '../layers/defaults.ts';
import { planSpecs, splitSpecs, type PlanSpecs } from './plan-specs-build.ts';
import { seatsOf } from './seats-file.ts';

const seats = seatsOf(readFileSync(`${import.meta.dirname}/../../../public/geo/seats.geojson`, 'utf8'));
export const REST_SPECS: PlanSpecs['layers'] = splitSpecs(await planSpecs(PLAN_RECORDS, seats), DEFAULT_LAYERS).rest;
