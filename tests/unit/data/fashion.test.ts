import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { encodeMnist, parseMnist } from '../../../src/data/mnistFormat.ts';
import { splitMnist } from '../../../src/data/mnist.ts';
import { datasetFilePath, loadDatasetFile } from '../../../src/data/mnist.node.ts';
import { parseIdx, type IdxArray } from '../../../src/data/idx.ts';
import { fashionSubset } from '../../../src/data/fashionSubset.ts';
import { FASHION_DEBIAN_DIR, fashionFromDebian } from '../../../scripts/build-data.ts';

/** An IDX byte file of unsigned bytes with the given shape and values. */
function idxBytes(shape: number[], values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(4 + 4 * shape.length + values.length);
  out[2] = 0x08;
  out[3] = shape.length;
  const view = new DataView(out.buffer);
  shape.forEach((s, i) => view.setUint32(4 + 4 * i, s, false));
  out.set(values, 4 + 4 * shape.length);
  return out;
}

/** n fake 28×28 images whose pixels all equal (offset + i) % 256, and their labels. */
function fakeSet(labels: number[], offset: number): { images: IdxArray; labels: IdxArray } {
  const pixels = new Uint8Array(labels.length * 784);
  labels.forEach((_, i) => pixels.fill((offset + i) % 256, i * 784, (i + 1) * 784));
  return { images: parseIdx(idxBytes([labels.length, 28, 28], pixels), 'images'), labels: parseIdx(idxBytes([labels.length], labels), 'labels') };
}

describe('parseIdx', () => {
  it('reads the big-endian shape and the bytes after the header', () => {
    const a = parseIdx(idxBytes([2, 3], [1, 2, 3, 4, 5, 6]), 'x.idx');
    expect(a.shape).toEqual([2, 3]);
    expect([...a.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects a non-IDX file, another data type and a truncated file, naming the file', () => {
    expect(() => parseIdx(new TextEncoder().encode('<html>oops</html>'), 'page.html')).toThrow(/page\.html: not an IDX file/);
    const floats = idxBytes([1], [0, 0, 0, 0]);
    floats[2] = 0x0d;
    expect(() => parseIdx(floats, 'f.idx')).toThrow(/f\.idx: IDX data type 0xd is not unsigned byte/);
    expect(() => parseIdx(idxBytes([10], [1, 2, 3]), 't.idx')).toThrow(/t\.idx: IDX shape \[10\] needs 18 bytes, file has 11/);
  });
});

describe('fashionSubset', () => {
  const trainLabels = Array.from({ length: 60 }, (_, i) => (i * 7) % 10);
  const testLabels = Array.from({ length: 30 }, (_, i) => (i * 3) % 10);
  const raw = fashionSubset(fakeSet(trainLabels, 0), fakeSet(testLabels, 100), { train: 4, test: 2 });

  it('takes, class by class, the first images of the training file then the first of the test file', () => {
    expect(raw.count).toBe(60);
    const firstPixel = (k: number) => raw.pixels[k * 784];
    // class 3: training images with label 3 are i = 9, 19, 29, 39 …; test images i = 1, 11 (pixel 100 + i)
    const class3 = Array.from({ length: 6 }, (_, k) => firstPixel(18 + k));
    expect(class3).toEqual([9, 19, 29, 39, 101, 111]);
    expect([...raw.labels.subarray(18, 24)]).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('with splitMnist, holds out exactly the images of the official test file', () => {
    const { train, test } = splitMnist(raw, 2);
    expect(train.count).toBe(40);
    expect(test.count).toBe(20);
    for (let k = 0; k < test.count; k++) expect(test.images[k * 784] * 255).toBeGreaterThanOrEqual(100);
    for (let k = 0; k < train.count; k++) expect(train.images[k * 784] * 255).toBeLessThan(60);
  });

  it('says which class is short', () => {
    expect(() => fashionSubset(fakeSet(trainLabels, 0), fakeSet(testLabels, 100), { train: 7, test: 2 })).toThrow(/training file: class \d has only 6 images, need 7/);
  });
});

describe('the committed Fashion-MNIST asset (public/data/fashion-10k.bin)', () => {
  it('holds 10,000 real 28×28 images, 1,000 per class, split 9,000 / 1,000 (100 per class held out)', () => {
    const raw = parseMnist(readFileSync(datasetFilePath('fashion')), 'fashion-10k.bin');
    expect([raw.count, raw.rows, raw.cols]).toEqual([10_000, 28, 28]);
    for (let c = 0; c < 10; c++) expect(raw.labels.filter((l) => l === c).length).toBe(1000);
    const { train, test } = loadDatasetFile('fashion');
    expect([train.count, test.count]).toEqual([9000, 1000]);
    // real photos, not blank: mean intensity of Fashion-MNIST is about 0.29
    const mean = train.images.reduce((s, v) => s + v, 0) / train.images.length;
    expect(mean).toBeGreaterThan(0.2);
    expect(mean).toBeLessThan(0.4);
  });

  it.skipIf(!existsSync(FASHION_DEBIAN_DIR))('is byte-identical to a fresh build from Debian’s dataset-fashion-mnist', () => {
    const committed = readFileSync(datasetFilePath('fashion'));
    expect(Buffer.compare(committed, Buffer.from(encodeMnist(fashionFromDebian())))).toBe(0);
  });
});
