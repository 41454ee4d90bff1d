// The Chinese UI strings alone, so a visit loads one language. The build writes
// this module as plain data (vite.config.ts); outside Vite it is picked here.
import { oneLanguage } from './table.ts';

export const TABLE = oneLanguage('zh');
