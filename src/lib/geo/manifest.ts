// Henan's extent, from the geometry manifest, bundled so the map can be created
// without waiting for a request. Only the extent: the rest of the manifest
// (sources, files) stays out of the first view.
import { bbox } from '../../../public/geo/manifest.json';

// Checked with the geometry (data tests; bundled.test.ts).
export const HENAN_BBOX = bbox as [number, number, number, number];
