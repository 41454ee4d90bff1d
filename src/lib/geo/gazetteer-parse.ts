// The label file checked against its schema, for tests and scripts that read
// it from disk; the app takes its own committed file as typed data.
import { labelCollection } from './schema.ts';
import { gazetteerOf, type Gazetteer } from './gazetteer.ts';

/** Validates the label file; throws with the first problem found. */
export function parseGazetteer(json: unknown): Gazetteer {
  return gazetteerOf(labelCollection.parse(json));
}
