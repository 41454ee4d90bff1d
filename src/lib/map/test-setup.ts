// Unit tests build styles with any plan layer, as the app does once every layer's map layers are loaded.
import { LAYER_KEYS } from '../plan/schema.ts';
import { loadSpecs } from './specs.ts';

await loadSpecs(LAYER_KEYS);
