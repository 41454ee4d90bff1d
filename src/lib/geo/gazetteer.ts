// Names and codes of every city and county-level unit, read from labels.geojson.
import type { LabelCollection, LabelProps } from './schema.ts';

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

/** The gazetteer of a label file (the app's own, checked with the geometry). */
export function gazetteerOf(fc: LabelCollection): Gazetteer {
  return new Gazetteer(fc.features.map((f) => ({ ...f.properties, point: f.geometry.coordinates })));
}
