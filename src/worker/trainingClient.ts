/** The page-side handle on the training worker: the API the live-training slides use. */
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import { LIVE_DEFAULTS, type TrainerState, type TrainerStatus, type TrainMetrics, type TrainSnapshot } from '../model/trainerTypes.ts';
import type { BackendChoice, FromWorker, ToWorker } from './protocol.ts';

export type { TrainMetrics, TrainSnapshot, TrainerState, TrainerStatus } from '../model/trainerTypes.ts';
export type { BackendInfo } from '../model/backend.browser.ts';

/** Options of TrainingClient.create (defaults: LIVE_DEFAULTS of trainer.ts). */
export interface TrainingClientOptions {
  seed?: number;
  hidden?: number | number[];
  beta?: number;
  learningRate?: number;
  batchSize?: number;
  reportEvery?: number;
  snapshotEvery?: number;
  backend?: BackendChoice;
  /** URL of the MNIST asset, resolved against the page (default 'data/mnist-10k.bin'). */
  dataUrl?: string;
}

/** A failure reported by the worker, with a message fit for the screen. */
export class TrainingError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = 'TrainingError';
    this.localized = localized;
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/** Most metrics events the client keeps (≈ 40,000 steps at full resolution; an hour of training fits, thinned). */
export const HISTORY_CAP = 4096;

/**
 * Keep `history` within `cap` entries for a lesson of any length: once over, every other entry of the older part
 * goes (the newest cap/2 stay at full resolution), so the curve keeps its shape with fewer points where it is
 * oldest. The first and last entries always stay; order is kept. Mutates and returns `history`.
 */
export function thinHistory<T>(history: T[], cap: number = HISTORY_CAP): T[] {
  if (history.length <= cap) return history;
  const recent = Math.floor(cap / 2);
  const older = history.length - recent;
  let w = 1; // entry 0 stays
  for (let r = 2; r < older; r += 2) history[w++] = history[r];
  for (let r = older; r < history.length; r++) history[w++] = history[r];
  history.length = w;
  return history;
}

/** Drives a VAE trainer in a Web Worker; events arrive every `reportEvery` / `snapshotEvery` steps. */
export class TrainingClient {
  /** The backend the worker trains on. */
  backend!: BackendInfo;
  /** The metrics events received since creation or the last reset (thinned past HISTORY_CAP: see thinHistory). */
  readonly history: TrainMetrics[] = [];
  private _state: TrainerState = 'idle';
  private _lastSnapshot: TrainSnapshot | null = null;
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly metricsCbs = new Set<(m: TrainMetrics) => void>();
  private readonly snapshotCbs = new Set<(s: TrainSnapshot) => void>();
  private readonly statusCbs = new Set<(s: TrainerStatus) => void>();
  private disposed = false;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.onmessage = (ev: MessageEvent<FromWorker>) => this.receive(ev.data);
    worker.onerror = (ev: ErrorEvent) => this.fail({ fr: `Le worker d’entraînement a planté : ${ev.message}`, en: `The training worker crashed: ${ev.message}` });
  }

  /** Start a worker, load the digits and build the model; resolves once the first snapshot is in. */
  static async create(opts: TrainingClientOptions = {}): Promise<TrainingClient> {
    const worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
    const client = new TrainingClient(worker);
    const { backend, dataUrl, ...rest } = opts;
    const options = { ...LIVE_DEFAULTS, ...rest };
    const url = new URL(dataUrl ?? 'data/mnist-10k.bin', document.baseURI).href;
    try {
      client.backend = (await client.request({ type: 'init', id: 0, dataUrl: url, options, backend })) as BackendInfo;
    } catch (err) {
      client.dispose();
      throw err;
    }
    return client;
  }

  /** 'idle' | 'running' | 'paused' | 'diverged' | 'error'. */
  get state(): TrainerState {
    return this._state;
  }

  /** The latest snapshot (the untrained model's right after create). */
  get lastSnapshot(): TrainSnapshot | null {
    return this._lastSnapshot;
  }

  /** Train continuously. */
  play(): void {
    this.send({ type: 'play' });
  }

  /** Stop after the current step. */
  pause(): void {
    this.send({ type: 'pause' });
  }

  /** Run n steps (default 1); resolves when done. */
  async step(n = 1): Promise<void> {
    await this.request({ type: 'step', id: 0, n });
  }

  /** Re-initialise from `seed` (clears history); resolves after the fresh snapshot arrived. */
  async reset(seed?: number): Promise<void> {
    await this.request({ type: 'reset', id: 0, seed });
    this.history.length = 0;
  }

  /** Change the learning rate while running. */
  setLearningRate(lr: number): void {
    this.send({ type: 'setLearningRate', lr });
  }

  /** Change β (weight of the KL term) while running. */
  setBeta(beta: number): void {
    this.send({ type: 'setBeta', beta });
  }

  /** Subscribe to metrics; returns the unsubscribe function. */
  onMetrics(cb: (m: TrainMetrics) => void): () => void {
    this.metricsCbs.add(cb);
    return () => this.metricsCbs.delete(cb);
  }

  /** Subscribe to snapshots; returns the unsubscribe function. */
  onSnapshot(cb: (s: TrainSnapshot) => void): () => void {
    this.snapshotCbs.add(cb);
    return () => this.snapshotCbs.delete(cb);
  }

  /** Subscribe to state changes (with a localized message on divergence or error). */
  onStatus(cb: (s: TrainerStatus) => void): () => void {
    this.statusCbs.add(cb);
    return () => this.statusCbs.delete(cb);
  }

  /** Encode n images (n·784): n·2 latent means. */
  async encode(x: Float32Array, n: number): Promise<Float32Array> {
    return (await this.request({ type: 'encode', id: 0, x: x.slice(), n })) as Float32Array;
  }

  /** Decode n codes (n·2) into n·784 pixel probabilities. */
  async decode(z: Float32Array, n: number): Promise<Float32Array> {
    return (await this.request({ type: 'decode', id: 0, z: z.slice(), n })) as Float32Array;
  }

  /** −ELBO on the 1,000 held-out digits (10 z samples per image). */
  async evaluate(): Promise<{ negElbo: number; recon: number; kl: number }> {
    return (await this.request({ type: 'evaluate', id: 0 })) as { negElbo: number; recon: number; kl: number };
  }

  /** Terminate the worker; pending requests reject. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('TrainingClient disposed'));
    this.pending.clear();
    this.metricsCbs.clear();
    this.snapshotCbs.clear();
    this.statusCbs.clear();
  }

  private send(msg: ToWorker): void {
    if (this.disposed) throw new Error('TrainingClient disposed');
    const transfer = msg.type === 'encode' ? [msg.x.buffer] : msg.type === 'decode' ? [msg.z.buffer] : [];
    this.worker.postMessage(msg, transfer as Transferable[]);
  }

  private request(msg: ToWorker & { id: number }): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.send({ ...msg, id } as ToWorker);
      } catch (err) {
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  private receive(msg: FromWorker): void {
    switch (msg.type) {
      case 'ready':
        this.settle(msg.id, msg.backend);
        break;
      case 'result':
        this.settle(msg.id, msg.value);
        break;
      case 'error':
        if (msg.id !== null && this.pending.has(msg.id)) {
          this.pending.get(msg.id)!.reject(new TrainingError(msg.message));
          this.pending.delete(msg.id);
        } else this.fail(msg.message);
        break;
      case 'metrics':
        this.history.push(msg.metrics);
        thinHistory(this.history);
        for (const cb of this.metricsCbs) cb(msg.metrics);
        break;
      case 'snapshot':
        this._lastSnapshot = msg.snapshot;
        for (const cb of this.snapshotCbs) cb(msg.snapshot);
        break;
      case 'backend': {
        this.backend = msg.backend;
        const keep = this.history.findIndex((m) => m.step > msg.resumedAt);
        if (keep >= 0) this.history.length = keep;
        break;
      }
      case 'status':
        this._state = msg.status.state;
        for (const cb of this.statusCbs) cb(msg.status);
        break;
    }
  }

  private settle(id: number, value: unknown): void {
    this.pending.get(id)?.resolve(value);
    this.pending.delete(id);
  }

  private fail(message: Localized): void {
    this._state = 'error';
    for (const cb of this.statusCbs) cb({ state: 'error', message });
    for (const p of this.pending.values()) p.reject(new TrainingError(message));
    this.pending.clear();
  }
}
