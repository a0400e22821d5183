/** Summaries of the MNIST split shown on the data slides: images per class, pixel values before/after scaling. */
import type { MnistSet, MnistSplit } from '../data/mnist.ts';
import { mulberry32, shuffledIndices } from '../math/random.ts';

/** Images per digit 0–9 in a set. */
export function classCounts(labels: ArrayLike<number>): number[] {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts;
}

/** Pixel values of a set, as stored in the file (bytes 0–255) and after scaling to [0, 1]. */
export interface PixelSummary {
  /** Pixels looked at (images × 784). */
  total: number;
  /** Share of pixels that are exactly 0 (the black background). */
  zeroFraction: number;
  /** The non-zero pixels as file bytes, round(v · 255). */
  nonZeroBytes: Uint8Array;
  /** The same pixels after scaling, v = byte / 255. */
  nonZeroUnit: Float32Array;
}

/** Split a set's pixels into the zero background and the non-zero strokes, in both units. */
export function pixelSummary(set: MnistSet): PixelSummary {
  const { images } = set;
  let nonZero = 0;
  for (let i = 0; i < images.length; i++) if (images[i] > 0) nonZero++;
  const nonZeroBytes = new Uint8Array(nonZero);
  const nonZeroUnit = new Float32Array(nonZero);
  let k = 0;
  for (let i = 0; i < images.length; i++) {
    const v = images[i];
    if (v > 0) {
      nonZeroBytes[k] = Math.round(v * 255);
      nonZeroUnit[k] = v;
      k++;
    }
  }
  return { total: images.length, zeroFraction: images.length ? 1 - nonZero / images.length : 0, nonZeroBytes, nonZeroUnit };
}

/** `k` distinct indices in [0, n) drawn with a seed (the same digits on every run). */
export function sampleIndices(n: number, k: number, seed: number): number[] {
  return Array.from(shuffledIndices(n, mulberry32(seed)).subarray(0, Math.min(k, n)));
}

/** Copy the images at `indices` into one array (k·784) with their labels. */
export function gatherSet(set: MnistSet, indices: readonly number[]): { images: Float32Array; labels: number[] } {
  const images = new Float32Array(indices.length * 784);
  indices.forEach((src, dst) => images.set(set.images.subarray(src * 784, (src + 1) * 784), dst * 784));
  return { images, labels: indices.map((i) => set.labels[i]) };
}

/** How many images a split holds, in total and per digit (what the data slides show about it). */
export interface SplitSummary {
  trainCount: number;
  testCount: number;
  trainPerClass: number[];
  testPerClass: number[];
}

/** Count a split's images, in total and per digit (cheap: it reads the labels only). */
export function summarizeSplit(split: MnistSplit): SplitSummary {
  return {
    trainCount: split.train.count,
    testCount: split.test.count,
    trainPerClass: classCounts(split.train.labels),
    testPerClass: classCounts(split.test.labels),
  };
}
