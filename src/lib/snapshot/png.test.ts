import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodePng } from './png.ts';

/** The chunks of a PNG file, as a layout program reads them. */
function chunks(bytes: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const out = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    out.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function picture(width: number, height: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // Flat areas, a gradient and a few hard edges, like a map.
      rgba.set([x < width / 2 ? 240 : 120, (x * 7 + y * 3) & 255, y % 17 === 0 ? 20 : 200, 255], i);
    }
  }
  return rgba;
}

describe('encodePng', () => {
  const width = 301;
  const height = 97;
  const rgba = picture(width, height);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await encodePng({ width, height, rgba, dpi: 300, text: { Title: '河南省“十四五”规划图集', Source: 'Natural Earth' } });
  });

  it('keeps every pixel, without an alpha channel', () => {
    const png = PNG.sync.read(Buffer.from(bytes));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(Buffer.compare(png.data, Buffer.from(rgba.buffer))).toBe(0);
    const ihdr = chunks(bytes).find((c) => c.type === 'IHDR')!;
    expect(ihdr.data[9]).toBe(2); // colour type 2: RGB
  });

  it('says its physical size, so a 300 dpi page opens at its paper size', () => {
    const phys = chunks(bytes).find((c) => c.type === 'pHYs')!;
    const v = new DataView(phys.data.buffer, phys.data.byteOffset);
    expect(phys.data[8]).toBe(1);
    expect(v.getUint32(0) * 0.0254).toBeCloseTo(300, 0);
    expect(v.getUint32(4)).toBe(v.getUint32(0));
  });

  it('carries its title and source as text a viewer can show', () => {
    const texts = chunks(bytes)
      .filter((c) => c.type === 'tEXt' || c.type === 'iTXt')
      .map((c) => new TextDecoder().decode(c.data).replace(/\0+/g, ': '));
    expect(texts).toContain('Title: 河南省“十四五”规划图集');
    expect(texts).toContain('Source: Natural Earth');
  });

  it('comes out smaller than the same pixels stored as RGBA with fast compression', () => {
    const fast = PNG.sync.write(Object.assign(new PNG({ width, height }), { data: Buffer.from(rgba.buffer) }), { deflateLevel: 1 });
    expect(bytes.length).toBeLessThan(fast.length);
  });
});
