/**
 * The live trainer behind the training demo (no DOM; runs in a Web Worker in the browser, or in Node):
 * start / pause / step / reset(seed), metrics every N steps, snapshots of the held-out set, learning rate
 * and β changeable while running, and a NaN/∞ guard that stops and restores the last good weights.
 */
import * as tf from '@tensorflow/tfjs';
import { BatchStream } from '../data/batches.ts';
import type { MnistSplit } from '../data/mnist.ts';
import { mulberry32, normalSampler } from '../math/random.ts';
import { Adam } from './adam.ts';
import { AutoencoderNet } from './autoencoder.ts';
import { evaluateNegElbo, type EvalResult } from './evaluate.ts';
import { decodeCodes, encodeDistribution, encodeMeans, heldOutSnapshot } from './inference.ts';
import { trainStep } from './trainStep.ts';
import { LIVE_DEFAULTS, type TrainerOptions, type TrainerState, type TrainerStatus, type TrainMetrics, type TrainSnapshot } from './trainerTypes.ts';

import { yieldNow } from './yieldNow.ts';

export { LIVE_DEFAULTS } from './trainerTypes.ts';

type Events = { metrics: TrainMetrics; snapshot: TrainSnapshot; status: TrainerStatus };
/** A seeded VAE trainer on the fixed MNIST split. */
export class Trainer {
  private readonly data: MnistSplit;
  private readonly opts: Required<TrainerOptions>;
  private net!: AutoencoderNet;
  private optimizer!: Adam;
  private batches!: BatchStream;
  private nextNormal!: () => number;
  private eps!: Float32Array;
  private pending: tf.Tensor1D[] = [];
  private lastGood: tf.Tensor[] | null = null;
  private candidate: tf.Tensor[] | null = null;
  private windowStart = 0;
  /** Steps run since windowStart (a pause restarts the timing window, not the loss window). */
  private windowSteps = 0;
  /** The last samples/s reported, and whether it was carried over an interrupted window (see `speedOf`). */
  private speed = { last: 0, carried: false };
  private loop: Promise<void> | null = null;
  private listeners: { [K in keyof Events]: Set<(e: Events[K]) => void> } = { metrics: new Set(), snapshot: new Set(), status: new Set() };
  private _state: TrainerState = 'idle';
  /** Optimisation steps done since the last reset. */
  stepCount = 0;
  learningRate: number;
  beta: number;

  constructor(data: MnistSplit, options: TrainerOptions = {}) {
    this.data = data;
    this.opts = { ...LIVE_DEFAULTS, ...options } as Required<TrainerOptions>;
    this.learningRate = this.opts.learningRate;
    this.beta = this.opts.beta;
    this.build(this.opts.seed);
  }

  /** Current lifecycle state. */
  get state(): TrainerState {
    return this._state;
  }

  /** Fractional epochs done. */
  get epoch(): number {
    return this.batches.progress;
  }

  /** The network being trained (for inference in the same thread). */
  get model(): AutoencoderNet {
    return this.net;
  }

  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof Events>(type: K, cb: (e: Events[K]) => void): () => void {
    this.listeners[type].add(cb);
    return () => this.listeners[type].delete(cb);
  }

  /** Train continuously (yielding between steps) until pause(), divergence or an error. */
  start(): void {
    if (this._state === 'running') return;
    this.setState({ state: 'running' });
    this.loop = this.runLoop();
  }

  /** Stop after the current step; resolves once stopped. */
  async pause(): Promise<void> {
    if (this._state === 'running') this.setState({ state: 'paused' });
    await this.loop;
  }

  /** Run exactly n steps (pausing continuous training first). */
  async step(n = 1): Promise<void> {
    await this.pause();
    this.windowStart = performance.now();
    this.windowSteps = 0;
    for (let i = 0; i < n; i++) {
      if (!(await this.oneStep())) return;
      if (i + 1 < n) await yieldNow();
    }
    if (this._state !== 'paused') this.setState({ state: 'paused' });
  }

  /** Stop, re-initialise the weights, optimiser and batch order from `seed`, and go back to 'idle'. */
  async reset(seed: number = this.opts.seed): Promise<void> {
    await this.pause();
    this.disposeModel();
    this.opts.seed = seed;
    this.build(seed);
    this.setState({ state: 'idle' });
  }

  /** Change the learning rate (applies from the next step). */
  setLearningRate(lr: number): void {
    if (!(lr > 0 && Number.isFinite(lr))) throw new Error(`learning rate must be a positive number, got ${lr}`);
    this.learningRate = lr;
    this.optimizer.learningRate = lr;
  }

  /** Change β, the weight of the KL term (applies from the next step). */
  setBeta(beta: number): void {
    if (!(beta >= 0 && Number.isFinite(beta))) throw new Error(`β must be a non-negative number, got ${beta}`);
    this.beta = beta;
  }

  /** Encode n images: n·latent means. */
  encode(x: Float32Array, n: number): Promise<Float32Array> {
    return encodeMeans(this.net, x, n);
  }

  /** Encode n images into q(z|x): n·latent means followed by n·latent log-variances (zeros for an AE). */
  encodeDistribution(x: Float32Array, n: number): Promise<Float32Array> {
    return encodeDistribution(this.net, x, n);
  }

  /** Decode n codes into n·784 pixel probabilities. */
  decode(z: Float32Array, n: number): Promise<Float32Array> {
    return decodeCodes(this.net, z, n);
  }

  /** −ELBO on the held-out digits with `samples` z draws per image. */
  evaluate(samples = 10): Promise<EvalResult> {
    return evaluateNegElbo(this.net, this.data.test, { samples, seed: 0 });
  }

  /** The held-out latent means, 10 reconstructions and the held-out −ELBO (one z sample per image). */
  async snapshot(): Promise<TrainSnapshot> {
    return { step: this.stepCount, epoch: this.epoch, ...(await heldOutSnapshot(this.net, this.data.test)) };
  }

  /** The current weights read back to typed arrays (a checkpoint that survives a lost WebGL context). */
  async readWeights(): Promise<{ step: number; weights: Float32Array[] }> {
    const step = this.stepCount;
    const copies = this.cloneWeights();
    try {
      return { step, weights: (await Promise.all(copies.map((c) => c.data()))) as Float32Array[] };
    } finally {
      tf.dispose(copies);
    }
  }

  /** Continue from a checkpoint of readWeights (same seed): weights, step count, batch order and ε stream; Adam restarts. */
  async restoreWeights(checkpoint: { step: number; weights: Float32Array[] }): Promise<void> {
    await this.pause();
    const vars = this.net.variables();
    if (checkpoint.weights.length !== vars.length) throw new Error(`checkpoint has ${checkpoint.weights.length} arrays for ${vars.length} variables`);
    tf.tidy(() => vars.forEach((v, i) => v.assign(tf.tensor(checkpoint.weights[i], v.shape))));
    for (let s = 0; s < checkpoint.step; s++) {
      this.batches.next();
      for (let i = 0; i < this.eps.length; i++) this.nextNormal();
    }
    this.stepCount = checkpoint.step;
    if (this.lastGood) tf.dispose(this.lastGood);
    this.lastGood = this.cloneWeights();
    this.optimizer.reset();
  }

  /** Stop and free every tensor. */
  async dispose(): Promise<void> {
    await this.pause();
    this.disposeModel();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private build(seed: number): void {
    this.net = new AutoencoderNet('vae', { hidden: this.opts.hidden, latentDim: this.opts.latentDim, seed });
    this.optimizer = new Adam(this.net.variables(), { learningRate: this.learningRate });
    this.batches = new BatchStream(this.data.train, this.opts.batchSize, seed);
    this.nextNormal = normalSampler(mulberry32(seed + 17));
    this.eps = new Float32Array(this.opts.batchSize * this.opts.latentDim);
    this.stepCount = 0;
    this.lastGood = this.cloneWeights();
    this.windowStart = performance.now();
  }

  private disposeModel(): void {
    tf.dispose(this.pending);
    this.pending = [];
    if (this.lastGood) tf.dispose(this.lastGood);
    if (this.candidate) tf.dispose(this.candidate);
    this.lastGood = this.candidate = null;
    this.net.dispose();
    this.optimizer.dispose();
  }

  private cloneWeights(): tf.Tensor[] {
    return this.net.variables().map((v) => tf.clone(v));
  }

  private async runLoop(): Promise<void> {
    this.windowStart = performance.now();
    this.windowSteps = 0;
    while (this._state === 'running') {
      if (!(await this.oneStep())) break;
      await yieldNow();
    }
  }

  /** One step; at window ends, report, check for divergence, snapshot. Returns false when training must stop. */
  private async oneStep(): Promise<boolean> {
    try {
      if (this.pending.length === 0) {
        this.windowStart = performance.now();
        this.windowSteps = 0;
      }
      // the weights before a window's last step: proven good once that step's loss is finite
      if (this.pending.length === this.opts.reportEvery - 1) {
        if (this.candidate) tf.dispose(this.candidate);
        this.candidate = this.cloneWeights();
      }
      for (let i = 0; i < this.eps.length; i++) this.eps[i] = this.nextNormal();
      this.pending.push(trainStep(this.net, this.optimizer, this.batches.next(), this.opts.batchSize, this.eps, this.beta));
      this.stepCount++;
      this.windowSteps++;
      if (this.pending.length >= this.opts.reportEvery && !(await this.report())) return false;
      if (this.stepCount % this.opts.snapshotEvery === 0) this.emit('snapshot', await this.snapshot());
      return true;
    } catch (err) {
      this.setState({ state: 'error', message: { fr: `Erreur pendant l’entraînement : ${String(err)}`, en: `Training error: ${String(err)}` } });
      return false;
    }
  }

  private async report(): Promise<boolean> {
    const steps = this.pending.length;
    const mean = tf.tidy(() => tf.mean(tf.stack(this.pending), 0));
    tf.dispose(this.pending);
    this.pending = [];
    const [total, recon, kl] = await mean.data();
    mean.dispose();
    if (![total, recon, kl].every(Number.isFinite)) {
      this.restoreLastGood();
      this.emit('snapshot', await this.snapshot());
      const at = this.stepCount;
      this.setState({
        state: 'diverged',
        message: {
          fr: `La perte a divergé (ce n’est plus un nombre fini) vers l’étape ${at} : entraînement arrêté, derniers poids valides restaurés. Baissez le taux d’apprentissage.`,
          en: `The loss diverged (no longer a finite number) around step ${at}: training stopped, last good weights restored. Lower the learning rate.`,
        },
      });
      return false;
    }
    if (this.candidate) {
      if (this.lastGood) tf.dispose(this.lastGood);
      this.lastGood = this.candidate;
      this.candidate = null;
    }
    const seconds = Math.max(1e-3, (performance.now() - this.windowStart) / 1000);
    const timedSteps = Math.min(steps, this.windowSteps);
    const samplesPerSec = this.speedOf((timedSteps * this.opts.batchSize) / seconds);
    this.emit('metrics', { step: this.stepCount, epoch: this.epoch, total, recon, kl, samplesPerSec, learningRate: this.learningRate, beta: this.beta });
    return true;
  }

  /**
   * A window more than 5× slower than the one before was interrupted (a frozen tab, a laptop asleep: the clock ran
   * on, training did not): the last speed stands for it, once. A second slow window in a row is a real slowdown.
   */
  private speedOf(measured: number): number {
    if (!this.speed.carried && measured < this.speed.last / 5) {
      this.speed.carried = true;
      return this.speed.last;
    }
    this.speed = { last: measured, carried: false };
    return measured;
  }

  private restoreLastGood(): void {
    const good = this.lastGood;
    if (good) this.net.variables().forEach((v, i) => v.assign(good[i]));
    if (this.candidate) tf.dispose(this.candidate);
    this.candidate = null;
    this.optimizer.reset();
  }

  private setState(status: TrainerStatus): void {
    this._state = status.state;
    this.emit('status', status);
  }

  private emit<K extends keyof Events>(type: K, e: Events[K]): void {
    for (const cb of this.listeners[type]) cb(e);
  }
}
