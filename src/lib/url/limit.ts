// The longest link the atlas reads. Its own links stay far shorter (every
// value in them is bounded); the server accepts request lines up to
// SERVER_HEADER_LIMIT, so anything between reaches the app, which refuses it
// with a note instead of the browser showing an error page.
import type { Note } from './state.ts';

export const MAX_QUERY = 4000;
/** The serving script's header limit (scripts/serve.ts), well above MAX_QUERY. */
export const SERVER_HEADER_LIMIT = 64 * 1024;

export function checkLength(search: string): { search: string; notes: Note[] } {
  if (search.length <= MAX_QUERY) return { search, notes: [] };
  return { search: '', notes: [{ key: 'note.tooLong', value: String(MAX_QUERY) }] };
}
