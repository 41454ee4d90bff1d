// The import worker: reads and converts a planner's file off the page's main
// thread, reporting progress; the page can stop it at any time.
import { MAX_BYTES, MAX_ROWS } from './limits.ts';
import { readTable } from './read.ts';
import { DelimitedError } from './delimited.ts';
import { GeoJsonError } from './geojson.ts';
import { suggestMapping } from './columns.ts';
import { convertRows, type Table } from './convert.ts';
import { placesFrom, type Places } from './places.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

let table: Table | null = null;
let places: Promise<Places> | null = null;
const post = (m: FromWorker) => postMessage(m);

async function loadPlaces(geo: { counties: string; cities: string }): Promise<Places> {
  const [counties, cities] = await Promise.all([geo.counties, geo.cities].map((u) => fetch(u).then((r) => r.json())));
  return placesFrom(counties, cities);
}

// Items go to the page in slices, so no single message blocks it for long.
const SLICE = 2000;
const FIRST_FRAME_MS = 120;

onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'read') {
      if (m.file.size > MAX_BYTES) return post({ type: 'error', code: 'tooLarge' });
      places ??= loadPlaces(m.geo);
      const { table: t, meta } = await readTable(m.file, m.sheet, (share) => post({ type: 'progress', stage: 'read', share }));
      if (!t.rows.length) return post({ type: 'error', code: 'noRows' });
      if (t.rows.length > MAX_ROWS) return post({ type: 'error', code: 'tooManyRows' });
      table = t;
      post({ type: 'preview', header: t.header, sample: t.rows.slice(0, 8), rows: t.rows.length, mapping: suggestMapping(t.header), meta });
    } else if (m.type === 'convert' && table) {
      const p = await places!;
      // On a two-core device this thread is about to take a core for seconds:
      // first let the page draw the progress bar it has just put up.
      await new Promise((r) => setTimeout(r, FIRST_FRAME_MS));
      const { items, problems } = convertRows(table, m.mapping, p, m.layer, (share) => post({ type: 'progress', stage: 'match', share }));
      for (let i = 0; i < items.length; i += SLICE) post({ type: 'items', items: items.slice(i, i + SLICE) });
      post({ type: 'done', problems, count: items.length });
    }
  } catch (err) {
    if (err instanceof DelimitedError) post({ type: 'error', code: 'unclosedQuote', line: err.line });
    else if (err instanceof GeoJsonError) post({ type: 'error', code: err.code });
    else post({ type: 'error', code: m.type === 'read' && /\.xlsx$/i.test(m.file.name) ? 'notXlsx' : 'unreadable' });
  }
};
