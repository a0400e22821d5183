/** MNIST in memory: the fixed train/test split and the [0, 1] float images every model reads. */
import { parseMnist, type MnistRaw } from './mnistFormat.ts';

/** Pixels per flattened 28×28 image. */
export const IMAGE_SIZE = 784;
/** Held-out images per digit: the LAST 100 images of each digit in the `mnist` package order. */
export const TEST_PER_DIGIT = 100;

/** A set of flattened digits: `images` holds count·784 intensities in [0, 1]. */
export interface MnistSet {
  images: Float32Array;
  labels: Uint8Array;
  count: number;
}

/** The fixed split: `test` is 1,000 held-out digits (100 per class, grouped by class), `train` the other ~9,000. */
export interface MnistSplit {
  train: MnistSet;
  test: MnistSet;
}

/** Scale uint8 pixels to float intensities in [0, 1] (already flattened 28×28 → 784). */
export function toUnitFloats(pixels: Uint8Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i] / 255;
  return out;
}

/** Copy the images at `indices` of `raw` into a new float set. */
function gatherRaw(raw: MnistRaw, indices: number[]): MnistSet {
  const size = raw.rows * raw.cols;
  const images = new Float32Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  indices.forEach((src, dst) => {
    const from = src * size;
    for (let p = 0; p < size; p++) images[dst * size + p] = raw.pixels[from + p] / 255;
    labels[dst] = raw.labels[src];
  });
  return { images, labels, count: indices.length };
}

/**
 * Split digits: for each class d, the last `testPerDigit` images of class d (in file order) are held out,
 * ordered by class; everything else is training data, in file order.
 */
export function splitMnist(raw: MnistRaw, testPerDigit = TEST_PER_DIGIT): MnistSplit {
  if (raw.rows * raw.cols !== IMAGE_SIZE) throw new Error(`splitMnist: expected 28×28 images, got ${raw.rows}×${raw.cols}`);
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < raw.count; i++) byClass[raw.labels[i]].push(i);
  const isTest = new Uint8Array(raw.count);
  const testIdx: number[] = [];
  byClass.forEach((idx, digit) => {
    if (idx.length < testPerDigit) throw new Error(`splitMnist: digit ${digit} has only ${idx.length} images, need ${testPerDigit} for the test set`);
    for (const i of idx.slice(idx.length - testPerDigit)) {
      isTest[i] = 1;
      testIdx.push(i);
    }
  });
  const trainIdx: number[] = [];
  for (let i = 0; i < raw.count; i++) if (!isTest[i]) trainIdx.push(i);
  return { train: gatherRaw(raw, trainIdx), test: gatherRaw(raw, testIdx) };
}

/** Parse a binary asset (see mnistFormat.ts) and split it; errors name `file`. */
export function mnistFromBytes(bytes: Uint8Array, file: string): MnistSplit {
  return splitMnist(parseMnist(bytes, file));
}

/** The first `n` images of a set, as a new set (views, no copy). */
export function takeFirst(set: MnistSet, n: number): MnistSet {
  const k = Math.min(n, set.count);
  return { images: set.images.subarray(0, k * IMAGE_SIZE), labels: set.labels.subarray(0, k), count: k };
}

/** Index of the first image of each digit 0..9 in a set (−1 when a class is absent). */
export function firstOfEachDigit(set: MnistSet): number[] {
  const first = new Array<number>(10).fill(-1);
  for (let i = 0; i < set.count; i++) if (first[set.labels[i]] < 0) first[set.labels[i]] = i;
  return first;
}
