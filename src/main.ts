import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';
import { readLocation } from './lib/url/location.ts';
import { loadStrings } from './lib/i18n/strings.ts';
import { scenesFor } from './lib/present/default-scenes.ts';
import { AppState } from './lib/state/app.svelte.ts';

const target = document.getElementById('app')!;
const search = location.search;
// Before the app starts: the strings of the language the link asks for (the
// other follows once the map has drawn: App.svelte), and the scenes if it names
// one. Unreadable scenes leave the link's scene unknown, with a note.
scenesFor(search)
  .catch(() => [])
  .then(async (scenes) => {
    const start = readLocation(search, scenes);
    await loadStrings(start.view.lang);
    mount(App, { target, props: { app: new AppState(start.view, start.notes, scenes) } });
  })
  .catch(() => {
    // In both languages: neither table could be read.
    target.textContent = '图集未能载入，请重新加载页面。The atlas could not load; please reload the page.';
  });
