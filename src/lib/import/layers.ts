// A planner's loaded list: one per file, with what became of its rows.
import type { Item } from '../filter/items.ts';
import type { Problem } from './convert.ts';
import type { ReadMeta } from './read.ts';

export interface ImportLayer {
  id: string;
  /** The name the planner sees (the file's name until renamed). */
  name: string;
  /** The file it came from: loading the same file again replaces the list. */
  file: string;
  visible: boolean;
  items: Item[];
  problems: Problem[];
  meta: ReadMeta;
}

let next = 1;
export const newLayerId = () => `list${next++}`;
