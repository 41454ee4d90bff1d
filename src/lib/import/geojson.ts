// A planner's GeoJSON as a table: one row per feature, its properties as
// columns and its point as lon/lat. A null feature, or a geometry that
// cannot be placed (lines), is reported for that feature and the rest kept;
// a polygon is placed at a point inside it, and says so.
import { pointOnFeature } from '@turf/point-on-feature';
import type { Feature } from 'geojson';
import type { Problem, Table } from './convert.ts';

export class GeoJsonError extends Error {
  constructor(readonly code: 'notJson' | 'notFeatureCollection') {
    super(code);
  }
}

export function geojsonTable(text: string): Table {
  let json: { type?: unknown; features?: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    throw new GeoJsonError('notJson');
  }
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new GeoJsonError('notFeatureCollection');
  const features = json.features as (Feature | null)[];
  const keys = new Set<string>();
  for (const f of features) if (f && f.properties && typeof f.properties === 'object') for (const k of Object.keys(f.properties)) keys.add(k);
  keys.delete('lon');
  keys.delete('lat');
  const header = [...keys, 'lon', 'lat'];
  const problems: Problem[] = [];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  features.forEach((f, i) => {
    const row = i + 2;
    if (!f || typeof f !== 'object' || f.type !== 'Feature') return void problems.push({ row, code: 'nullFeature', kept: false });
    const props = (f.properties ?? {}) as Record<string, unknown>;
    let at: [number, number] | null = null;
    const g = f.geometry;
    if (g?.type === 'Point' && Array.isArray(g.coordinates)) at = [Number(g.coordinates[0]), Number(g.coordinates[1])];
    else if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') {
      try {
        at = pointOnFeature(f).geometry.coordinates as [number, number];
        problems.push({ row, code: 'polygonPlaced', kept: true });
      } catch {
        return void problems.push({ row, code: 'unplaceableGeometry', value: g.type, kept: false });
      }
    } else if (g) return void problems.push({ row, code: 'unplaceableGeometry', value: String(g.type), kept: false });
    rowNumbers.push(row);
    rows.push([...[...keys].map((k) => (props[k] == null ? '' : String(props[k]))), at ? String(at[0]) : '', at ? String(at[1]) : '']);
  });
  // A row goes by its feature's number (the first feature is 2, as in a spreadsheet with a header).
  return { header, rows, problems, rowNumbers };
}
