import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode as encodePng } from 'fast-png';
import { loadDatasetFile } from '../../../src/data/mnist.node.ts';
import { CELEBA_HEIGHT, CELEBA_WIDTH, itemPicture, writeFashionFolder } from '../../../src/data/fashionImages.node.ts';
import { decodeToRgba, preprocessImageFolder } from '../../../src/data/ownImages.node.ts';
import { squareRgbFloats } from '../../../src/data/ownImages.ts';

const dirs: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'own-images-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const fashion = loadDatasetFile('fashion').train;
const meanAbs = (a: Float32Array, b: Float32Array): number => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;

describe('a folder of Fashion-MNIST items as colour JPEG/PNG at CelebA’s size, read back in Node', () => {
  it('writes 178×218 files that the preprocessing crops back to the item (PNG exactly, JPEG closely), and skips the bad files by name', () => {
    const dir = freshDir();
    const labels = writeFashionFolder(dir, fashion, 12, { withBadFiles: true });
    expect(labels).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]); // round-robin over the classes
    const set = preprocessImageFolder(dir);
    expect(set.count).toBe(12);
    expect(set.names.slice(0, 3)).toEqual(['000001.jpg', '000002.png', '000003.png']);
    expect(set.images).toHaveLength(12 * 32 * 32 * 3);
    expect(set.skipped.count).toBe(2);
    expect(set.skipped.named).toEqual([{ name: 'LISEZMOI.txt', reason: 'not-jpeg-png' }, { name: 'tronquee.jpg', reason: 'corrupt' }]);
    expect(set.skipped.summary('fr')).toMatch(/^2 fichiers ignorés\u00a0: LISEZMOI\.txt \(.+\), tronquee\.jpg \(fichier image corrompu ou tronqué\)\.$/);
    /** What the preprocessing must give for the k-th training item of class c (its picture, cropped and averaged). */
    const expected = (c: number, k = 0): Float32Array => {
      const index = [...fashion.labels.keys()].filter((i) => fashion.labels[i] === c)[k];
      const out = new Float32Array(32 * 32 * 3);
      squareRgbFloats(itemPicture(fashion.images.subarray(index * 784, (index + 1) * 784), c), CELEBA_WIDTH, CELEBA_HEIGHT, 32, out);
      return out;
    };
    const got = (n: number) => set.images.subarray(n * 3072, (n + 1) * 3072);
    expect(meanAbs(got(1), expected(1))).toBe(0); // PNG: lossless
    expect(meanAbs(got(0), expected(0))).toBeLessThan(0.02); // JPEG at quality 90
    expect(meanAbs(got(0), expected(0, 3))).toBeGreaterThan(0.02); // and not just any item
  });

  it('decodes grey, grey+alpha, 16-bit and palette PNGs to RGBA; transparent pixels land on white', () => {
    const grey = decodeToRgba(encodePng({ width: 2, height: 1, data: Uint8Array.of(0, 200), channels: 1, depth: 8 }), 'png');
    expect([...grey.rgba]).toEqual([0, 0, 0, 255, 200, 200, 200, 255]);
    const greyAlpha = decodeToRgba(encodePng({ width: 1, height: 1, data: Uint8Array.of(10, 0), channels: 2, depth: 8 }), 'png');
    expect([...greyAlpha.rgba]).toEqual([10, 10, 10, 0]);
    const deep = decodeToRgba(encodePng({ width: 1, height: 1, data: Uint16Array.of(65535, 0, 32896), channels: 3, depth: 16 }), 'png');
    expect([...deep.rgba]).toEqual([255, 0, 128, 255]);
    const out = new Float32Array(3);
    squareRgbFloats(greyAlpha.rgba, 1, 1, 1, out);
    expect([...out]).toEqual([1, 1, 1]);
  });

  it('counts a folder’s non-images, empty files, images over 100 megapixels and files past the limit, and reads nothing else', () => {
    const dir = freshDir();
    writeFashionFolder(dir, fashion, 3);
    writeFileSync(join(dir, 'vide.png'), new Uint8Array());
    writeFileSync(join(dir, 'faux.jpg'), new TextEncoder().encode('pas une image'));
    // a PNG whose header announces 20,000 × 20,000 pixels (400 MP): refused from its header, never decoded
    const huge = encodePng({ width: 1, height: 1, data: Uint8Array.of(1, 2, 3), channels: 3, depth: 8 });
    new DataView(huge.buffer, huge.byteOffset).setUint32(16, 20_000);
    new DataView(huge.buffer, huge.byteOffset).setUint32(20, 20_000);
    writeFileSync(join(dir, 'immense.png'), huge);
    const set = preprocessImageFolder(dir, { maxImages: 2 });
    expect(set.count).toBe(2);
    expect(Object.fromEntries(set.skipped.named.map((s) => [s.name, s.reason]))).toEqual({
      '000003.png': 'limit', 'faux.jpg': 'limit', 'immense.png': 'limit', 'vide.png': 'limit',
    });
    const all = preprocessImageFolder(dir);
    expect(all.count).toBe(3);
    expect(Object.fromEntries(all.skipped.named.map((s) => [s.name, s.reason]))).toEqual({ 'vide.png': 'empty', 'faux.jpg': 'not-an-image', 'immense.png': 'too-many-pixels' });
    expect(all.skipped.summary('en')).toMatch(/immense\.png \(image too large \(over 100 megapixels\)\)/);
  });

  it('says clearly when the folder does not exist, and returns an empty set for a folder without images', () => {
    expect(() => preprocessImageFolder(join(tmpdir(), 'no-such-folder-own-images'))).toThrow(/folder not found/);
    const dir = freshDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const set = preprocessImageFolder(dir);
    expect([set.count, set.images.length, set.skipped.count]).toEqual([0, 0, 1]);
  });
});
