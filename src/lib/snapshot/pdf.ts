// A minimal PDF writer: one page per JPEG image, each image filling its page.
// Enough for print-ready map pages; the text is in the image, so Chinese needs
// no embedded font.
export interface PdfPage {
  jpeg: Uint8Array;
  /** Pixels of the image. */
  width: number;
  height: number;
  /** Page size in points. */
  pageWidth: number;
  pageHeight: number;
}

const enc = new TextEncoder();
const num = (v: number) => (Math.round(v * 100) / 100).toString();

export function buildPdf(pages: readonly PdfPage[], title: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? enc.encode(b) : b;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: () => void) => {
    offsets[id] = length;
    push(`${id} 0 obj\n`);
    body();
    push('\nendobj\n');
  };
  // Objects: 1 catalog, 2 pages, 3 info, then per page: page, content, image.
  const pageIds = pages.map((_, i) => 4 + i * 3);
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  object(1, () => push('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`));
  // The title in UTF-16BE with a byte-order mark, as PDF text strings allow.
  const utf16 = [...title].flatMap((ch) => {
    const code = ch.codePointAt(0)!;
    const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
    return units.map((u) => u.toString(16).padStart(4, '0'));
  });
  object(3, () => push(`<< /Title <FEFF${utf16.join('')}> /Producer (Henan Plan Atlas) >>`));
  pages.forEach((p, i) => {
    const [page, content, image] = [pageIds[i], pageIds[i] + 1, pageIds[i] + 2];
    object(page, () =>
      push(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(p.pageWidth)} ${num(p.pageHeight)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
    const draw = `q ${num(p.pageWidth)} 0 0 ${num(p.pageHeight)} 0 0 cm /Im0 Do Q`;
    object(content, () => push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
    object(image, () => {
      push(`<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`);
      push(p.jpeg);
      push('\nendstream');
    });
  });
  const xref = length;
  const count = 4 + pages.length * 3;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
