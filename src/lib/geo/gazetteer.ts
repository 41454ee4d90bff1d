// Names and codes of every city and county-level unit, read from labels.geojson.
import { labelCollection, type LabelProps } from './schema.ts';

export type Place = LabelProps & { point: [number, number] };

export class Gazetteer {
  readonly byCode: ReadonlyMap<string, Place>;

  constructor(readonly places: readonly Place[]) {
    this.byCode = new Map(places.map((p) => [`${p.level}:${p.adcode}`, p]));
  }

  county(code: string): Place | undefined {
    return this.byCode.get(`county:${code}`);
  }

  city(code: string): Place | undefined {
    return this.byCode.get(`city:${code}`);
  }
}

/** Validates the label file at the boundary; throws with the first problem found. */
export function parseGazetteer(json: unknown): Gazetteer {
  const fc = labelCollection.parse(json);
  return new Gazetteer(fc.features.map((f) => ({ ...f.properties, point: f.geometry.coordinates })));
}
