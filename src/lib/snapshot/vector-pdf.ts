// The PDF of one or more snapshots: each page is the snapshot's SVG drawn as
// PDF paths and text by jsPDF and svg2pdf.js, with the atlas's Noto Sans SC
// subset embedded (jsPDF subsets it again to the glyphs each file uses), so
// every label, legend entry and source line can be searched and selected.
// Loaded with the first PDF: the libraries and fonts are not part of the app.
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { FONT_FAMILY } from './primitives.ts';

export interface VectorPage {
  svg: string;
  /** Page size in points. */
  page: { width: number; height: number };
}

export interface VectorPdf {
  bytes: ArrayBuffer;
  /** Characters the embedded font lacks: they print as empty boxes. */
  missing: string[];
}

interface PdfFonts {
  regular: string;
  bold: string;
  covered: (cp: number) => boolean;
}

let fonts: Promise<PdfFonts> | undefined;

const asset = (name: string) => new URL(`${import.meta.env.BASE_URL}fonts/${name}`, document.baseURI).href;

async function base64(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function loadFonts(): Promise<PdfFonts> {
  const [regular, bold, ranges] = await Promise.all([
    base64(asset('NotoSansSC-regular.ttf')),
    base64(asset('NotoSansSC-bold.ttf')),
    fetch(asset('pdf-font-chars.json')).then((r) => r.json() as Promise<[number, number][]>),
  ]);
  const covered = (cp: number) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < ranges[mid][0]) hi = mid - 1;
      else if (cp > ranges[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return { regular, bold, covered };
}

/** Characters of the pages' texts outside the font, each once. */
function missingChars(svgs: SVGSVGElement[], covered: (cp: number) => boolean): string[] {
  const out = new Set<string>();
  for (const svg of svgs) {
    for (const t of svg.querySelectorAll('text')) {
      for (const ch of t.textContent ?? '') if (!/\s/.test(ch) && !covered(ch.codePointAt(0)!)) out.add(ch);
    }
  }
  return [...out];
}

export async function buildVectorPdf(pages: readonly VectorPage[], title: string): Promise<VectorPdf> {
  fonts ??= loadFonts().catch((e: unknown) => {
    fonts = undefined;
    throw e;
  });
  const f = await fonts;
  const parser = new DOMParser();
  const svgs = pages.map((p) => parser.parseFromString(p.svg, 'image/svg+xml').documentElement as unknown as SVGSVGElement);
  const orientation = (p: VectorPage) => (p.page.width >= p.page.height ? 'landscape' : 'portrait');
  const first = pages[0];
  const doc = new jsPDF({ unit: 'pt', format: [first.page.width, first.page.height], orientation: orientation(first), compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('NotoSansSC-regular.ttf', f.regular);
  doc.addFileToVFS('NotoSansSC-bold.ttf', f.bold);
  doc.addFont('NotoSansSC-regular.ttf', FONT_FAMILY, 'normal');
  doc.addFont('NotoSansSC-bold.ttf', FONT_FAMILY, 'bold');
  // jsPDF embeds only the glyphs a document uses but names the font as the whole; PDF names a
  // subset with a six-letter tag, so that readers (and pdffonts) know not to edit with it.
  for (const [style, name] of [['normal', 'HNATLA+NotoSansCJKsc-Regular'], ['bold', 'HNATLB+NotoSansCJKsc-Bold']] as const) {
    (doc.internal as unknown as { getFont: (f: string, s: string) => { fontName: string } }).getFont(FONT_FAMILY, style).fontName = name;
  }
  doc.setFont(FONT_FAMILY, 'normal');
  doc.setProperties({ title, creator: 'Henan Plan Atlas' });
  for (const [i, p] of pages.entries()) {
    if (i) doc.addPage([p.page.width, p.page.height], orientation(p));
    await doc.svg(svgs[i], { x: 0, y: 0, width: p.page.width, height: p.page.height });
  }
  return { bytes: doc.output('arraybuffer'), missing: missingChars(svgs, f.covered) };
}
