/**
 * The VAE trainer of the "your own images" slide (no DOM; runs in its Web Worker, or in Node for the tests and the
 * bench): the deck's MLP AutoencoderNet with inputDim = size·size·3 (sigmoid + BCE per colour channel), Adam, seeded
 * mini-batches over the preprocessed images, and read-backs for the slide: reconstructions, samples decoded from
 * fixed z ~ N(0, I), and the latent means of the training images. Unlabelled: no held-out set, no classes.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32, normalSampler, randomNormalArray, shuffledIndices, type Rng } from '../math/random.ts';
import { Adam } from './adam.ts';
import { AutoencoderNet } from './autoencoder.ts';
import { trainStep } from './trainStep.ts';
import type { TrainerOptions, TrainMetrics } from './trainerTypes.ts';

/** Options of the own-images trainer: the live trainer's model and optimiser options (batchSize is capped at the image count). */
export type OwnTrainerOptions = Pick<TrainerOptions, 'seed' | 'hidden' | 'latentDim' | 'beta' | 'learningRate' | 'batchSize'>;

/**
 * Defaults: 3,072 → 256 → (2 + 2); 2 → 256 → 3,072 at batch 64. Measured (Node, tfjs-wasm, one thread, shared 2-core
 * machine, same run): 628 samples/s with 256 hidden units against 225 with 512 (412 at batch 128) and 379 with 512-256.
 */
export const OWN_DEFAULTS = { seed: 1, hidden: 256, latentDim: 2, beta: 1, learningRate: 1e-3, batchSize: 64 };
/** Images reconstructed and samples generated in each snapshot. */
export const OWN_SHOWN = 8;
/** At most this many training images are placed on the latent plane. */
export const OWN_PLANE_MAX = 1000;

/**
 * Loss terms averaged over the steps of one `train` call (nats per image), and the throughput: the live trainer's
 * metrics without its settings (epochs count passes over the picked images).
 */
export type OwnMetrics = Pick<TrainMetrics, 'step' | 'epoch' | 'total' | 'recon' | 'kl' | 'samplesPerSec'>;

/** What the slide draws of the model: codes of the training images, reconstructions and generated samples. */
export interface OwnSnapshot {
  step: number;
  /** x0, y0, x1, y1, … : the first two latent means of the images `planeIndices`. */
  latentMeans: Float32Array;
  planeIndices: number[];
  /** The first OWN_SHOWN images' reconstructions (k·dim values in [0, 1]). */
  reconstructions: Float32Array;
  /** Decodings of OWN_SHOWN fixed draws z ~ N(0, I) (k·dim values in [0, 1]). */
  samples: Float32Array;
}

/** Indices of at most `max` images spread evenly over `count`. */
export function spreadIndices(count: number, max: number): number[] {
  const k = Math.min(count, max);
  return Array.from({ length: k }, (_, i) => Math.floor((i * count) / k));
}

/** Trains a VAE on count images of `dim` values each (RGB in [0, 1]). */
export class OwnTrainer {
  readonly dim: number;
  readonly count: number;
  readonly batchSize: number;
  private readonly images: Float32Array;
  private readonly opts: Required<OwnTrainerOptions>;
  private net: AutoencoderNet;
  private optimizer: Adam;
  private rng: Rng;
  private nextNormal: () => number;
  private order: Uint32Array;
  private cursor = 0;
  private epochs = 0;
  private readonly batch: Float32Array;
  private eps: Float32Array;
  private sampleZ: Float32Array;
  private lastGood: tf.Tensor[];
  /** Optimisation steps done since the last reset. */
  stepCount = 0;

  constructor(images: Float32Array, count: number, dim: number, options: OwnTrainerOptions = {}) {
    if (!(count >= 1 && images.length >= count * dim)) throw new Error(`OwnTrainer: ${images.length} values cannot hold ${count} images of ${dim}`);
    this.images = images;
    this.count = count;
    this.dim = dim;
    this.opts = { ...OWN_DEFAULTS, ...options } as Required<OwnTrainerOptions>;
    this.batchSize = Math.max(1, Math.min(this.opts.batchSize, count));
    this.batch = new Float32Array(this.batchSize * dim);
    ({ net: this.net, optimizer: this.optimizer } = this.buildNet());
    this.rng = mulberry32(this.opts.seed);
    this.nextNormal = normalSampler(mulberry32(this.opts.seed + 17));
    this.order = shuffledIndices(count, this.rng);
    this.eps = new Float32Array(this.batchSize * this.opts.latentDim);
    this.sampleZ = randomNormalArray(OWN_SHOWN * this.opts.latentDim, this.opts.seed + 99);
    this.lastGood = this.cloneWeights();
  }

  /** Latent dimension of the current model. */
  get latentDim(): number {
    return this.opts.latentDim;
  }

  /** Current β (weight of the KL term). */
  get beta(): number {
    return this.opts.beta;
  }

  /** Current learning rate. */
  get learningRate(): number {
    return this.opts.learningRate;
  }

  /** Fractional epochs done. */
  get epoch(): number {
    return this.epochs + this.cursor / this.count;
  }

  /** Change β (from the next step). */
  setBeta(beta: number): void {
    if (!(beta >= 0 && Number.isFinite(beta))) throw new Error(`β must be a non-negative number, got ${beta}`);
    this.opts.beta = beta;
  }

  /** Change the learning rate (from the next step). */
  setLearningRate(lr: number): void {
    if (!(lr > 0 && Number.isFinite(lr))) throw new Error(`learning rate must be a positive number, got ${lr}`);
    this.opts.learningRate = lr;
    this.optimizer.learningRate = lr;
  }

  /**
   * Run `steps` optimisation steps and return their mean loss terms, or null when the loss stopped being finite
   * (the last good weights are then restored and Adam restarts).
   */
  async train(steps: number): Promise<OwnMetrics | null> {
    const started = performance.now();
    const stats: tf.Tensor1D[] = [];
    try {
      for (let s = 0; s < steps; s++) {
        for (let i = 0; i < this.eps.length; i++) this.eps[i] = this.nextNormal();
        stats.push(trainStep(this.net, this.optimizer, this.nextBatch(), this.batchSize, this.eps, this.opts.beta));
        this.stepCount++;
      }
      const mean = tf.tidy(() => tf.mean(tf.stack(stats), 0));
      const [total, recon, kl] = await mean.data();
      mean.dispose();
      if (![total, recon, kl].every(Number.isFinite)) {
        this.net.variables().forEach((v, i) => v.assign(this.lastGood[i]));
        this.optimizer.reset();
        return null;
      }
      tf.dispose(this.lastGood);
      this.lastGood = this.cloneWeights();
      const seconds = Math.max(1e-3, (performance.now() - started) / 1000);
      return { step: this.stepCount, epoch: this.epoch, total, recon, kl, samplesPerSec: (steps * this.batchSize) / seconds };
    } finally {
      tf.dispose(stats);
    }
  }

  /** Reconstructions, samples and the latent plane of the current model (read back to typed arrays). */
  async snapshot(): Promise<OwnSnapshot> {
    const planeIndices = spreadIndices(this.count, OWN_PLANE_MAX);
    const shown = Math.min(OWN_SHOWN, this.count);
    const [means, recon, samples] = tf.tidy(() => {
      const plane = tf.tensor2d(this.gather(planeIndices), [planeIndices.length, this.dim]);
      const m = this.net.encode(plane).mean;
      const m2 = this.latentDim === 2 ? m : this.latentDim === 1 ? tf.concat([m, tf.zerosLike(m)], 1) : tf.slice(m, [0, 0], [-1, 2]);
      const xs = tf.tensor2d(this.images.subarray(0, shown * this.dim), [shown, this.dim]);
      const z = tf.tensor2d(this.sampleZ, [OWN_SHOWN, this.latentDim]);
      return [m2, this.net.decode(this.net.encode(xs).mean), this.net.decode(z)];
    });
    try {
      const [a, b, c] = await Promise.all([means.data(), recon.data(), samples.data()]);
      return { step: this.stepCount, latentMeans: a as Float32Array, planeIndices, reconstructions: b as Float32Array, samples: c as Float32Array };
    } finally {
      tf.dispose([means, recon, samples]);
    }
  }

  /** Decode n codes (n·latentDim) into n·dim colour values in [0, 1]. */
  async decode(z: Float32Array, n: number): Promise<Float32Array> {
    const out = tf.tidy(() => this.net.decode(tf.tensor2d(z, [n, this.latentDim])));
    try {
      return (await out.data()) as Float32Array;
    } finally {
      out.dispose();
    }
  }

  /** A fresh model (new latent dimension and/or seed): weights, optimiser, batch order and sample codes. */
  reset(options: { seed?: number; latentDim?: number } = {}): void {
    this.disposeModel();
    if (options.seed !== undefined) this.opts.seed = options.seed;
    if (options.latentDim !== undefined) this.opts.latentDim = options.latentDim;
    ({ net: this.net, optimizer: this.optimizer } = this.buildNet());
    this.rng = mulberry32(this.opts.seed);
    this.nextNormal = normalSampler(mulberry32(this.opts.seed + 17));
    this.order = shuffledIndices(this.count, this.rng);
    this.cursor = 0;
    this.epochs = 0;
    this.stepCount = 0;
    this.eps = new Float32Array(this.batchSize * this.opts.latentDim);
    this.sampleZ = randomNormalArray(OWN_SHOWN * this.opts.latentDim, this.opts.seed + 99);
    this.lastGood = this.cloneWeights();
  }

  /** Free every tensor. */
  dispose(): void {
    this.disposeModel();
  }

  private buildNet(): { net: AutoencoderNet; optimizer: Adam } {
    const net = new AutoencoderNet('vae', { inputDim: this.dim, hidden: this.opts.hidden, latentDim: this.opts.latentDim, seed: this.opts.seed });
    return { net, optimizer: new Adam(net.variables(), { learningRate: this.opts.learningRate }) };
  }

  private disposeModel(): void {
    tf.dispose(this.lastGood);
    this.net.dispose();
    this.optimizer.dispose();
  }

  private cloneWeights(): tf.Tensor[] {
    return this.net.variables().map((v) => tf.clone(v));
  }

  /** The next shuffled batch (a fresh order each epoch; the last incomplete batch of an epoch is dropped). */
  private nextBatch(): Float32Array {
    if (this.cursor + this.batchSize > this.count) {
      this.order = shuffledIndices(this.count, this.rng);
      this.cursor = 0;
      this.epochs++;
    }
    for (let b = 0; b < this.batchSize; b++) {
      const from = this.order[this.cursor + b] * this.dim;
      this.batch.set(this.images.subarray(from, from + this.dim), b * this.dim);
    }
    this.cursor += this.batchSize;
    return this.batch;
  }

  private gather(indices: number[]): Float32Array {
    const out = new Float32Array(indices.length * this.dim);
    indices.forEach((src, i) => out.set(this.images.subarray(src * this.dim, (src + 1) * this.dim), i * this.dim));
    return out;
  }
}
