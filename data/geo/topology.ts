// Topology-aware clean-up, dissolve and simplification with mapshaper:
// neighbouring city files of the source disagree by a grid step here and
// there, so vertices are snapped and gaps/overlaps cleaned before borders
// become shared arcs; every dissolve and simplification then works on those
// arcs, so the result has no slivers and no gaps.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// Run through npx, not installed: its dependency tree builds native modules
// that the app and its tests never need.
const MAPSHAPER = 'mapshaper@0.7.70';

type Area = Polygon | MultiPolygon;

export interface Group {
  id: string;
  /** The union this group also belongs to (its city); '' for context groups. */
  parent: string;
  /** Context groups are simplified harder (context, not the subject). */
  coarse: boolean;
  parts: Feature<Area>[];
}

export interface SimplifyOptions {
  /** Share of removable vertices kept, 0–1, for subject and context groups. */
  keepFine: number;
  keepCoarse: number;
  /** Snap distance in degrees, for vertices that should coincide. */
  snap: number;
  decimals: number;
}

export interface Dissolved {
  groups: Map<string, Area>;
  parents: Map<string, Area>;
  /** Union of every subject (non-context) group. */
  whole: Area;
}

export async function dissolveAndSimplify(groups: Group[], opts: SimplifyOptions): Promise<Dissolved> {
  const parts: FeatureCollection = {
    type: 'FeatureCollection',
    features: groups.flatMap((g) =>
      g.parts.map((p) => ({
        type: 'Feature' as const,
        properties: { gid: g.id, parent: g.parent, coarse: g.coarse ? 1 : 0, subject: g.coarse ? '' : 'all' },
        geometry: p.geometry,
      })),
    ),
  };
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geo-'));
  writeFileSync(join(dir, 'parts.json'), JSON.stringify(parts));
  // prettier-ignore
  execFileSync('npx', ['--yes', MAPSHAPER,
    '-i', join(dir, 'parts.json'), 'snap', `snap-interval=${opts.snap}`, 'name=groups',
    '-clean', 'gap-fill-area=2km2',
    '-dissolve', 'gid', 'copy-fields=parent,coarse,subject',
    '-simplify', 'variable', `percentage=coarse ? ${opts.keepCoarse} : ${opts.keepFine}`, 'keep-shapes',
    '-dissolve', 'parent', '+', 'name=parents',
    '-dissolve', 'subject', 'target=groups', '+', 'name=whole',
    '-o', 'format=geojson', `precision=${10 ** -opts.decimals}`, 'target=groups,parents,whole', `${dir}/`,
  ], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const read = (layer: string, key: string) => {
    const fc = JSON.parse(readFileSync(join(dir, `${layer}.json`), 'utf8')) as FeatureCollection<Area>;
    return new Map(fc.features.map((f) => [String(f.properties![key]), f.geometry]));
  };
  const result = { groups: read('groups', 'gid'), parents: read('parents', 'parent'), whole: read('whole', 'subject').get('all') };
  rmSync(dir, { recursive: true });
  if (!result.whole) throw new Error('mapshaper returned no union of the subject groups');
  return result as Dissolved;
}
