// The city or county under the pointer and the selected one, shown with
// feature state (restyling never re-sends geometry) and the selection outline.
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { selectedFilter } from './basemap.ts';
import { CITY_ZOOM } from './view-options.ts';

export type Unit = 'city' | 'county';
export interface Picked {
  unit: Unit;
  code: string;
}

const SOURCE: Record<Unit, string> = { city: 'cities', county: 'counties' };
const PICK_LAYER: Record<Unit, string> = { city: 'cities-highlight', county: 'counties-fill' };
const same = (a: Picked | null, b: Picked | null) => a?.unit === b?.unit && a?.code === b?.code;

export class Picking {
  private hovered: Picked | null = null;
  private selected: Picked | null = null;

  /** `addOutlines`: adds the selection outlines to the map, the first time it is called. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly addOutlines: () => void,
  ) {}

  /** Below CITY_ZOOM the city under `point`, above it the county. */
  pick(point: { x: number; y: number }): Picked | null {
    const unit: Unit = this.map.getZoom() < CITY_ZOOM ? 'city' : 'county';
    const f: MapGeoJSONFeature | undefined = this.map.queryRenderedFeatures([point.x, point.y], { layers: [PICK_LAYER[unit]] })[0];
    const code = f?.properties?.adcode;
    return typeof code === 'string' ? { unit, code } : null;
  }

  hover(p: Picked | null): void {
    if (same(p, this.hovered)) return;
    this.state(this.hovered, 'hover', false);
    this.state(p, 'hover', true);
    this.hovered = p;
  }

  select(p: Picked | null): void {
    this.state(this.selected, 'selected', false);
    this.selected = p;
    this.state(p, 'selected', true);
    this.outline(p?.unit === 'city' ? [p.code] : [], p?.unit === 'county' ? [p.code] : []);
  }

  /** Outlines these units (an open plan feature's members), unless a place is selected. */
  highlight(cities: string[], counties: string[]): void {
    if (!this.selected) this.outline(cities, counties);
  }

  /** After a restored context, whose style came back without feature state. */
  restore(): void {
    this.hovered = null;
    this.state(this.selected, 'selected', true);
  }

  private outline(cities: string[], counties: string[]): void {
    // Outlines join the map when something is first outlined; until then there is nothing to clear.
    if (!cities.length && !counties.length && !this.map.getLayer('selected-outline')) return;
    this.addOutlines();
    this.map.setFilter('cities-selected-outline', selectedFilter(cities));
    this.map.setFilter('selected-outline', selectedFilter(counties));
  }

  private state(p: Picked | null, key: 'hover' | 'selected', value: boolean): void {
    if (p) this.map.setFeatureState({ source: SOURCE[p.unit], id: Number(p.code) }, { [key]: value });
  }
}
