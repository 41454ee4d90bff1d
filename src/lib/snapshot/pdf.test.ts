import { describe, expect, it } from 'vitest';
import { buildPdf } from './pdf.ts';

const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

describe('buildPdf', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  const pdf = latin1(buildPdf([
    { jpeg, width: 3508, height: 2480, pageWidth: 841.89, pageHeight: 595.28 },
    { jpeg, width: 1920, height: 1080, pageWidth: 1440, pageHeight: 810 },
  ], '河南 Atlas'));

  it('has one page per image, each with its own page size', () => {
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('/Count 2');
    expect(pdf).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(pdf).toContain('/MediaBox [0 0 1440 810]');
    expect(pdf).toContain('/Width 3508 /Height 2480');
  });

  it('has a cross-reference table whose offsets point at the objects', () => {
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = pdf.slice(xrefAt).split('\n').slice(3).filter((l) => / 00000 n $/.test(l));
    expect(entries).toHaveLength(9);
    entries.forEach((e, i) => expect(pdf.slice(Number(e.slice(0, 10)), Number(e.slice(0, 10)) + 10)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
  });

  it('embeds each image stream with its declared length', () => {
    const m = /\/Length (\d+) >>\nstream\n/.exec(pdf.slice(pdf.indexOf('/Subtype /Image')))!;
    expect(Number(m[1])).toBe(jpeg.length);
  });
});
