// The geometry manifest is bundled (it is tiny), so the map can be created
// without waiting for a request: it gives Henan's extent and the sources.
import raw from '../../../public/geo/manifest.json';
import { manifest } from './schema.ts';

export const MANIFEST = manifest.parse(raw);
