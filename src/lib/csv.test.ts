import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('name,note\r\n"郑州, 河南","said ""hi""\nagain"\n洛阳,\n');
    expect(rows).toEqual([
      { name: '郑州, 河南', note: 'said "hi"\nagain' },
      { name: '洛阳', note: '' },
    ]);
  });

  it('drops a byte-order mark and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,2\n')).toEqual([{ a: '1', b: '2' }]);
  });

  it('names the row whose width differs from the header', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/row 3 has 1 fields/);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvError);
  });
});
