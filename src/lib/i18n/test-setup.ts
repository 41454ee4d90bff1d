// Unit tests read the UI's strings in both languages, as the app does once both are loaded.
import { LANGS } from './lang.ts';
import { loadStrings } from './strings.ts';

await Promise.all(LANGS.map(loadStrings));
