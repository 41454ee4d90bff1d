// The plan index's statements, checked and completed with their defaults. The
// build replaces this module with the result as plain data (vite.config.ts,
// bundledData); outside Vite it reads and checks the file here.
import { readFileSync } from 'node:fs';
import { statementFile, type Statement } from './index-schema.ts';

export const STATEMENTS_DATA: Statement[] = statementFile.parse(JSON.parse(readFileSync(`${import.meta.dirname}/../../../data/index/statements.json`, 'utf8')));
