// The text an item is found by in the filter's search box: its names, type and
// chain in both languages, lower-cased, without spaces, apostrophes or dashes.
import type { Item } from './items.ts';

export const fold = (s: string) => s.toLowerCase().replace(/[\s'’-]/g, '');

export const searchText = (item: Pick<Item, 'name' | 'type' | 'chain'>): string =>
  [item.name.zh, item.name.en, item.type.zh, item.type.en, item.chain?.zh ?? '', item.chain?.en ?? ''].map(fold).join('\u0001');
