// First: MapLibre's worker starts before the rest of the app's code runs (worker.ts).
import './lib/map/worker.ts';
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';
import { loadLocation } from './lib/url/location.ts';
import { loadStrings } from './lib/i18n/strings.ts';
import { loadSpecs } from './lib/map/specs.ts';
import { AppState } from './lib/state/app.svelte.ts';

const target = document.getElementById('app')!;
// Before the app starts: what the link asks for, the strings of its language (the
// other loads when someone goes for the switch: App.svelte) and, for a link that
// shows layers beyond the default ones, their map layers (without them the map
// starts without those layers and a note says so).
loadLocation(location.search)
  .then(async (start) => {
    await Promise.all([loadStrings(start.view.lang), loadSpecs(start.view.layers).catch(() => undefined)]);
    mount(App, { target, props: { app: new AppState(start.view, start.notes, start.scenes) } });
  })
  .catch(() => {
    // In both languages: neither table could be read.
    target.textContent = '图集未能载入，请重新加载页面。The atlas could not load; please reload the page.';
  });
