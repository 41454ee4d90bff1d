// The geometry manifest is bundled (it is tiny), so the map can be created
// without waiting for a request: it gives Henan's extent and the sources.
import raw from '../../../public/geo/manifest.json';
import type { Manifest } from './schema.ts';

// Checked with the geometry (data tests; bundled.test.ts).
export const MANIFEST = raw as unknown as Manifest;
