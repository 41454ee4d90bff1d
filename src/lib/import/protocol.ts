// Messages between the page and the import worker.
import type { Item } from '../filter/items.ts';
import type { Mapping } from './columns.ts';
import type { Problem } from './convert.ts';
import type { ReadMeta } from './read.ts';

export type ToWorker =
  | { type: 'read'; file: File; sheet?: string; geo: { counties: string; cities: string } }
  | { type: 'convert'; mapping: Mapping; layer: string };

export type Stage = 'read' | 'match';

export type ErrorCode = 'tooLarge' | 'tooManyRows' | 'noRows' | 'unclosedQuote' | 'notJson' | 'notFeatureCollection' | 'notXlsx' | 'unreadable';

export type FromWorker =
  | { type: 'progress'; stage: Stage; share: number }
  | { type: 'preview'; header: string[]; sample: string[][]; rows: number; mapping: Mapping; meta: ReadMeta }
  | { type: 'items'; items: Item[] }
  | { type: 'done'; problems: Problem[]; count: number }
  | { type: 'error'; code: ErrorCode; line?: number };
