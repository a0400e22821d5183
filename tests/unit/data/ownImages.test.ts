import { describe, expect, it } from 'vitest';
import { crc32, deflateSync } from 'node:zlib';
import { readImageHeader } from '../../../src/data/imageHeader.ts';
import { centerCrop, looksLikeJpegOrPng, MAX_NAMED_SKIPS, SkipReport, squareRgbFloats } from '../../../src/data/ownImages.ts';

/** A real PNG file (8-bit RGBA, no filter) of a width×height image filled by `pixel`. */
function png(width: number, height: number, pixel: (x: number, y: number) => number[]): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (1 + width * 4) + 1 + x * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** The start of a baseline JPEG of width×height: SOI, an APP0 (JFIF) segment, then SOF0. */
function jpegStart(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...new Array<number>(9).fill(0)]);
}

describe('readImageHeader', () => {
  it('reads the size of a PNG and of a JPEG (CelebA’s 178×218) without decoding', () => {
    expect(readImageHeader(png(5, 3, () => [0, 0, 0, 255]))).toEqual({ ok: true, header: { type: 'png', width: 5, height: 3 } });
    expect(readImageHeader(jpegStart(178, 218))).toEqual({ ok: true, header: { type: 'jpeg', width: 178, height: 218 } });
    expect(readImageHeader(jpegStart(8660, 5773))).toEqual({ ok: true, header: { type: 'jpeg', width: 8660, height: 5773 } }); // 50 MP
  });

  it('tells a non-image, an empty file and a truncated or corrupt image apart', () => {
    expect(readImageHeader(new TextEncoder().encode('hello, I am a text file'))).toEqual({ ok: false, problem: 'not-an-image' });
    expect(readImageHeader(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(readImageHeader(jpegStart(178, 218).subarray(0, 24))).toEqual({ ok: false, problem: 'corrupt' });
    const broken = png(4, 4, () => [1, 2, 3, 255]);
    broken.set([0, 0, 0, 0], 16); // width 0
    expect(readImageHeader(broken)).toEqual({ ok: false, problem: 'corrupt' });
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: 'corrupt' });
  });
});

describe('centerCrop and squareRgbFloats', () => {
  it('crops the centred square: CelebA 178×218 keeps rows 20..197', () => {
    expect(centerCrop(178, 218)).toEqual({ sx: 0, sy: 20, side: 178 });
    expect(centerCrop(300, 100)).toEqual({ sx: 100, sy: 0, side: 100 });
    expect(() => centerCrop(0, 10)).toThrow(/not positive/);
  });

  it('averages each output pixel over the source pixels it covers, inside the centred square', () => {
    // 6×4 image: a 2-pixel red border left and right (cropped away), the centre 4×4 split into four 2×2 quadrants
    const w = 6;
    const h = 4;
    const rgba = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const inside = x >= 1 && x < 5;
        const v = inside ? ((x - 1 < 2 ? 0 : 100) + (y < 2 ? 0 : 50)) : 0;
        rgba.set(inside ? [v, v, v, 255] : [255, 0, 0, 255], (y * w + x) * 4);
      }
    }
    const out = new Float32Array(2 * 2 * 3);
    squareRgbFloats(rgba, w, h, 2, out);
    expect(Array.from(out, (v) => Math.round(v * 255))).toEqual([0, 0, 0, 100, 100, 100, 50, 50, 50, 150, 150, 150]);
  });

  it('composites transparent pixels over white and keeps grey-scale grey', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 128, 80, 80, 80, 255, 200, 200, 200, 255]);
    const out = new Float32Array(2 * 2 * 3);
    squareRgbFloats(rgba, 2, 2, 2, out);
    const px = (i: number) => Array.from(out.subarray(i * 3, i * 3 + 3), (v) => Math.round(v * 255));
    expect(px(0)).toEqual([255, 255, 255]);
    expect(px(1)).toEqual([127, 127, 127]);
    expect(px(2)).toEqual([80, 80, 80]);
    for (const v of out) expect(Number.isFinite(v) && v >= 0 && v <= 1).toBe(true);
  });

  it('upsamples a picture smaller than the output by repeating pixels (never NaN)', () => {
    const out = new Float32Array(4 * 4 * 3);
    squareRgbFloats(new Uint8ClampedArray([255, 0, 0, 255]), 1, 1, 4, out);
    expect(Array.from(out.subarray(0, 6))).toEqual([1, 0, 0, 1, 0, 0]);
    expect(out.every((v) => !Number.isNaN(v))).toBe(true);
  });

  it('refuses a pixel buffer that does not match its size', () => {
    expect(() => squareRgbFloats(new Uint8ClampedArray(10), 2, 2, 2, new Float32Array(12))).toThrow(/10 bytes for a 2×2 RGBA image/);
  });
});

describe('which files are read and what is reported', () => {
  it('filters on MIME type or extension', () => {
    expect(looksLikeJpegOrPng('000001.jpg')).toBe(true);
    expect(looksLikeJpegOrPng('IMG.JPEG')).toBe(true);
    expect(looksLikeJpegOrPng('photo', 'image/png')).toBe(true);
    expect(looksLikeJpegOrPng('notes.txt', 'text/plain')).toBe(false);
    expect(looksLikeJpegOrPng('anim.gif', 'image/gif')).toBe(false);
  });

  it('counts every skipped file, names the first ones and says it in French and English', () => {
    const r = new SkipReport();
    expect(r.summary('fr')).toBe('Aucun fichier ignoré.');
    r.add('notes.txt', 'not-jpeg-png');
    r.add('cassée.jpg', 'corrupt');
    expect(r.summary('fr')).toBe('2 fichiers ignorés\u00a0: notes.txt (format non pris en charge (JPEG ou PNG seulement)), cassée.jpg (fichier image corrompu ou tronqué).');
    for (let i = 0; i < 100_000; i++) r.add(`extra-${i}.jpg`, 'limit');
    expect(r.count).toBe(100_002);
    expect(r.named).toHaveLength(MAX_NAMED_SKIPS);
    expect(r.byReason).toEqual({ 'not-jpeg-png': 1, corrupt: 1, limit: 100_000 });
    expect(r.summary('en')).toMatch(/^100,002 files skipped: notes\.txt .* and 99,982 more\.$/);
    expect(r.summary('fr')).toMatch(/^100\u202f002 fichiers ignorés\u00a0: .* et 99\u202f982 autres\.$/);
  });
});
