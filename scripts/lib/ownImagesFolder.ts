/**
 * Builds, at test time, a folder like CelebA's img_align_celeba from real offline images: Fashion-MNIST items (the
 * project's committed public/data/fashion-10k.bin) drawn at CelebA's 178×218 size, one colour per class so colour
 * matters, encoded as JPEG and PNG by Chromium's canvas; plus the bad inputs of issue 19: a corrupt JPEG, a
 * grey-scale PNG (colour type 0, encoded here), a PNG with an alpha channel, a 50-megapixel PNG, and a text file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { parseMnist } from '../../src/data/mnistFormat.ts';
import { TINTS } from '../../src/data/tint.ts';

/** CelebA's aligned image size. */
export const CELEBA_W = 178;
export const CELEBA_H = 218;
/** The classes used (T-shirt, trouser, sneaker, bag), each with its own tint. */
export const FOLDER_CLASSES = [0, 1, 7, 8];

/** What was written. */
export interface OwnFolder {
  dir: string;
  /** Files that should be kept (the items, the grey, alpha and 50-megapixel PNGs). */
  good: number;
  corrupt: string;
  text: string;
}

/** A minimal 8-bit grey-scale PNG (colour type 0): signature, IHDR, one IDAT, IEND. */
export function greyPng(width: number, height: number, pixel: (x: number, y: number) => number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8 bits, grey, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = pixel(x, y);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Write `perClass` items of each FOLDER_CLASSES class (and the bad files) into `dir`, encoding in `page` (by chunks
 * of 200). The committed subset has 1,000 items per class: beyond that, items repeat (the bench's 10,000-image folder).
 */
export async function buildOwnFolder(page: Page, dir: string, perClass: number): Promise<OwnFolder> {
  mkdirSync(dir, { recursive: true });
  const raw = parseMnist(readFileSync(resolve(import.meta.dirname, '../../public/data/fashion-10k.bin')), 'fashion-10k.bin');
  const items: Item[] = [];
  FOLDER_CLASSES.forEach((c, k) => {
    const ofClass: number[] = [];
    for (let i = 0; i < raw.count; i++) if (raw.labels[i] === c) ofClass.push(i);
    for (let taken = 0; taken < perClass; taken++) {
      const i = ofClass[taken % ofClass.length];
      const jpeg = taken % 2 === 0;
      items.push({ grey: Array.from(raw.pixels.subarray(i * 784, (i + 1) * 784)), tint: [...TINTS[k]], name: `${String(items.length).padStart(6, '0')}.${jpeg ? 'jpg' : 'png'}`, type: jpeg ? 'image/jpeg' : 'image/png', alpha: false });
    }
  });
  const alphaItem = { ...items[1], name: 'alpha.png', type: 'image/png', alpha: true };
  const all = [...items, alphaItem];
  const encoded: string[] = [];
  for (let from = 0; from < all.length; from += 200) encoded.push(...(await encodeInPage(page, all.slice(from, from + 200))));
  all.forEach((it, i) => writeFileSync(join(dir, it.name), Buffer.from(encoded[i], 'base64')));
  // a grey-scale PNG of a trouser-like bar, dark on white
  writeFileSync(join(dir, 'grey.png'), greyPng(CELEBA_W, CELEBA_H, (x) => (x > 70 && x < 108 ? 40 : 255)));
  // a 50-megapixel photo (8,000 × 6,250, grey): decoded one at a time and downsampled, never kept at full size
  writeFileSync(join(dir, 'huge.png'), greyPng(8000, 6250, (x, y) => ((x >> 9) + (y >> 9)) % 2 ? 60 : 230));
  // a corrupt JPEG: a real JPEG's first 20 bytes, then noise
  const jpeg = Buffer.from(encoded[0], 'base64');
  const noise = Buffer.alloc(3000);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 131 + 17) % 251;
  writeFileSync(join(dir, 'corrupt.jpg'), Buffer.concat([jpeg.subarray(0, 20), noise]));
  writeFileSync(join(dir, 'notes.txt'), 'not an image\n');
  return { dir, good: items.length + 3, corrupt: 'corrupt.jpg', text: 'notes.txt' };
}

type Item = { grey: number[]; tint: number[]; name: string; type: string; alpha: boolean };

/** Draw each 28×28 item at 178×218 (tinted on white, or tinted ink over transparency) and encode it; base64 strings. */
function encodeInPage(page: Page, list: Item[]): Promise<string[]> {
  return page.evaluate(
    async ({ list, w, h }) => {
      const out: string[] = [];
      for (const it of list) {
        const small = new OffscreenCanvas(28, 28);
        const img = new ImageData(28, 28);
        for (let p = 0; p < 784; p++) {
          const v = it.grey[p] / 255;
          for (let ch = 0; ch < 3; ch++) img.data[p * 4 + ch] = it.alpha ? 255 * it.tint[ch] : 255 * (1 - v * (1 - it.tint[ch]));
          img.data[p * 4 + 3] = it.alpha ? 255 * v : 255;
        }
        small.getContext('2d')!.putImageData(img, 0, 0);
        const big = new OffscreenCanvas(w, h);
        const ctx = big.getContext('2d')!;
        if (!it.alpha) {
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, w, h);
        }
        ctx.imageSmoothingEnabled = true;
        ctx.drawImage(small, 0, (h - w) / 2, w, w);
        const blob = await big.convertToBlob({ type: it.type, quality: 0.92 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
        out.push(btoa(s));
      }
      return out;
    },
    { list, w: CELEBA_W, h: CELEBA_H },
  );
}
