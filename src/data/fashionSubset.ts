/**
 * The fixed Fashion-MNIST subset of the deck (public/data/fashion-10k.bin), chosen from Zalando's two IDX files:
 * for each class c = 0..9, the FIRST `train` images of class c in the official training file (file order), then the
 * FIRST `test` images of class c in the official test file. Stored class by class, so that splitMnist (the last 100
 * images of each class are held out) puts exactly the official test images in the held-out set.
 */
import type { MnistRaw } from './mnistFormat.ts';
import type { IdxArray } from './idx.ts';

/** Images per class taken from each official file. */
export interface SubsetSizes {
  train: number;
  test: number;
}

/** The deck's subset: 900 training + 100 test images per class = 10,000 images. */
export const FASHION_SUBSET: SubsetSizes = { train: 900, test: 100 };

/** Check that an image/label IDX pair holds `n` 28×28 images and `n` labels in 0..9. */
function checkPair(images: IdxArray, labels: IdxArray, what: string): void {
  const [n, rows, cols] = images.shape;
  if (images.shape.length !== 3 || rows !== 28 || cols !== 28) throw new Error(`${what}: expected images of shape [n, 28, 28], got [${images.shape.join(', ')}]`);
  if (labels.shape.length !== 1 || labels.shape[0] !== n) throw new Error(`${what}: ${labels.shape[0]} labels for ${n} images`);
}

/** Indices of the first `k` images of each class 0..9 (throws if a class has fewer). */
function firstPerClass(labels: Uint8Array, k: number, what: string): number[][] {
  const picked: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    if (c > 9) throw new Error(`${what}: label ${c} of image ${i} is out of range 0..9`);
    if (picked[c].length < k) picked[c].push(i);
  }
  picked.forEach((idx, c) => {
    if (idx.length < k) throw new Error(`${what}: class ${c} has only ${idx.length} images, need ${k}`);
  });
  return picked;
}

/** Select the subset described above from the official training and test IDX arrays. */
export function fashionSubset(train: { images: IdxArray; labels: IdxArray }, test: { images: IdxArray; labels: IdxArray }, sizes: SubsetSizes = FASHION_SUBSET): MnistRaw {
  checkPair(train.images, train.labels, 'training file');
  checkPair(test.images, test.labels, 'test file');
  const fromTrain = firstPerClass(train.labels.data, sizes.train, 'training file');
  const fromTest = firstPerClass(test.labels.data, sizes.test, 'test file');
  const perClass = sizes.train + sizes.test;
  const count = 10 * perClass;
  const pixels = new Uint8Array(count * 784);
  const labels = new Uint8Array(count);
  let img = 0;
  const copy = (source: IdxArray, index: number, c: number): void => {
    pixels.set(source.data.subarray(index * 784, (index + 1) * 784), img * 784);
    labels[img++] = c;
  };
  for (let c = 0; c < 10; c++) {
    for (const i of fromTrain[c]) copy(train.images, i, c);
    for (const i of fromTest[c]) copy(test.images, i, c);
  }
  return { count, rows: 28, cols: 28, pixels, labels };
}
