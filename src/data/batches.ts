/** Seeded shuffling and mini-batching of flattened images. */
import { mulberry32, shuffledIndices, type Rng } from '../math/random.ts';
import { IMAGE_SIZE, type MnistSet } from './mnist.ts';

/** Copy the images at `indices[start, end)` of `set` into `out` (length ≥ (end−start)·784). */
export function gatherImages(set: MnistSet, indices: ArrayLike<number>, start: number, end: number, out: Float32Array): Float32Array {
  for (let b = start; b < end; b++) {
    const from = indices[b] * IMAGE_SIZE;
    out.set(set.images.subarray(from, from + IMAGE_SIZE), (b - start) * IMAGE_SIZE);
  }
  return out;
}

/**
 * An endless stream of shuffled mini-batches: each epoch visits every image once in a fresh seeded order;
 * the last incomplete batch of an epoch is dropped so every batch has `batchSize` rows.
 */
export class BatchStream {
  readonly batchSize: number;
  /** Full batches per epoch. */
  readonly batchesPerEpoch: number;
  private readonly set: MnistSet;
  private readonly rng: Rng;
  private order: Uint32Array;
  private cursor = 0;
  private buffer: Float32Array;
  /** Completed epochs so far. */
  epoch = 0;

  constructor(set: MnistSet, batchSize: number, seed: number) {
    if (!(batchSize >= 1 && batchSize <= set.count)) throw new Error(`BatchStream: batch size ${batchSize} must be in 1..${set.count}`);
    this.set = set;
    this.batchSize = batchSize;
    this.batchesPerEpoch = Math.floor(set.count / batchSize);
    this.rng = mulberry32(seed);
    this.order = shuffledIndices(set.count, this.rng);
    this.buffer = new Float32Array(batchSize * IMAGE_SIZE);
  }

  /** The next batch (batchSize·784 floats). The returned array is reused by the next call. */
  next(): Float32Array {
    if (this.cursor + this.batchSize > this.set.count) {
      this.order = shuffledIndices(this.set.count, this.rng);
      this.cursor = 0;
      this.epoch++;
    }
    gatherImages(this.set, this.order, this.cursor, this.cursor + this.batchSize, this.buffer);
    this.cursor += this.batchSize;
    return this.buffer;
  }

  /** Fractional epochs done (epoch + position in the current one). */
  get progress(): number {
    return this.epoch + this.cursor / this.set.count;
  }
}
