// The benchmark's baseline: the same geometry in a bare MapLibre page, with
// plain fills, lines and labels and none of the app's code.
import { Map, setWorkerUrl, type SourceSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import manifest from '../../../public/geo/manifest.json';

setWorkerUrl(workerUrl);
const src = (file: string): SourceSpecification => ({ type: 'geojson', data: new URL(`geo/${file}`, location.href).href });
const font = ['Noto Sans CJK SC', 'sans-serif'];
performance.mark('atlas-map-create');
const map = new Map({
  container: 'map',
  bounds: manifest.bbox as [number, number, number, number],
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      neighbours: src('neighbours.geojson'),
      counties: src('henan-counties.geojson'),
      cities: src('henan-cities.geojson'),
      province: src('henan-province.geojson'),
      rivers: src('rivers.geojson'),
      lakes: src('lakes.geojson'),
      labels: src('labels.geojson'),
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#e6ecef' } },
      { id: 'nf', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#efede8' } },
      { id: 'cf', type: 'fill', source: 'counties', paint: { 'fill-color': '#fbf8f1' } },
      { id: 'lk', type: 'fill', source: 'lakes', paint: { 'fill-color': '#a8cbe4' } },
      { id: 'rv', type: 'line', source: 'rivers', paint: { 'line-color': '#74a9d4' } },
      { id: 'nl', type: 'line', source: 'neighbours', paint: { 'line-color': '#b9b3a8' } },
      { id: 'cl', type: 'line', source: 'counties', paint: { 'line-color': '#d3c9b6' } },
      { id: 'tl', type: 'line', source: 'cities', paint: { 'line-color': '#8f8068' } },
      { id: 'pl', type: 'line', source: 'province', paint: { 'line-color': '#4f4535', 'line-width': 2 } },
      {
        id: 'lb',
        type: 'symbol',
        source: 'labels',
        filter: ['!=', ['get', 'level'], 'county'],
        layout: { 'text-field': ['get', 'name_zh'], 'text-font': font, 'text-size': 13 },
      },
    ],
  },
});
map.once('idle', () => performance.mark('atlas-map-idle'));
