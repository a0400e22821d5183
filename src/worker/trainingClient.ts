/**
 * The page side of the training protocol: a typed transport to the worker (requests resolve with the type the
 * protocol gives them, commands are sent, events are forwarded). It keeps only the worker's last state, snapshot
 * and backend; what the page remembers of a run (settings, curves, notices) is the TrainingSession's.
 */
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerState, TrainSnapshot } from '../model/trainerTypes.ts';
import { isReplyOf, type CommandMessage, type Commands, type RequestMessage, type FromWorker, type Port, type Requests, type ToWorker, type WorkerEvents } from './protocol.ts';

export type { TrainMetrics, TrainSnapshot, TrainerState, TrainerStatus } from '../model/trainerTypes.ts';
export type { BackendInfo } from '../model/backend.browser.ts';

/** A failure reported by the worker, with a message fit for the screen. */
export class TrainingError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = 'TrainingError';
    this.localized = localized;
  }
}

/** The page's end of the transport: a Worker, or a MessagePort in tests. */
export interface WorkerPort extends Port<FromWorker, ToWorker> {
  terminate(): void;
  onerror?: ((ev: ErrorEvent) => void) | null;
}

type Pending = { settle(reply: Extract<FromWorker, { kind: 'reply' }>): void; reject(err: Error): void };
type Listeners = { [K in keyof WorkerEvents]: Set<(e: WorkerEvents[K]) => void> };

/** Start the real training worker (a module Worker built by Vite). */
export function spawnTrainingWorker(): WorkerPort {
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
}

/** Drives a VAE trainer in a worker through the typed protocol. */
export class TrainingClient {
  private _backend: BackendInfo | null = null;
  private _state: TrainerState = 'idle';
  private _lastSnapshot: TrainSnapshot | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: Listeners = { metrics: new Set(), snapshot: new Set(), status: new Set(), backend: new Set(), crash: new Set() };
  private disposed = false;

  /** Follow `port` (call init() next). */
  constructor(private readonly port: WorkerPort) {
    port.onmessage = (ev: MessageEvent<FromWorker>) => this.receive(ev.data);
    port.onerror = (ev: ErrorEvent) => this.fail({ fr: `Le worker d’entraînement a planté : ${ev.message}`, en: `The training worker crashed: ${ev.message}` });
  }

  /** Start the backend, load the digits and build the model; resolves once the first snapshot is in. */
  async init(body: Requests['init']['req']): Promise<BackendInfo> {
    this._backend = await this.request('init', body);
    return this._backend;
  }

  /** The backend the worker trains on (null before init). */
  get backend(): BackendInfo | null {
    return this._backend;
  }

  /** 'idle' | 'running' | 'paused' | 'diverged' | 'error'. */
  get state(): TrainerState {
    return this._state;
  }

  /** The latest snapshot (the untrained model's right after init). */
  get lastSnapshot(): TrainSnapshot | null {
    return this._lastSnapshot;
  }

  /** Train continuously. */
  play(): void {
    this.command('play', {});
  }

  /** Stop after the current step; resolves once stopped. */
  async pause(): Promise<void> {
    await this.request('pause', {});
  }

  /** Run n steps; resolves when done. */
  async step(n: number): Promise<void> {
    await this.request('step', { n });
  }

  /** Re-initialise from `seed`; resolves after the fresh snapshot arrived. */
  async reset(seed: number): Promise<void> {
    await this.request('reset', { seed });
  }

  /** Change the learning rate (applies from the next step). */
  setLearningRate(lr: number): void {
    this.command('setLearningRate', { lr });
  }

  /** Change β, the weight of the KL term (applies from the next step). */
  setBeta(beta: number): void {
    this.command('setBeta', { beta });
  }

  /** Encode n images (n·784): n·2 latent means. */
  encode(x: Float32Array, n: number): Promise<Float32Array> {
    return this.request('encode', { x: x.slice(), n });
  }

  /** Encode n images (n·784) into q(z|x): n·2 means followed by n·2 log-variances. */
  encodeDistribution(x: Float32Array, n: number): Promise<Float32Array> {
    return this.request('encodeDistribution', { x: x.slice(), n });
  }

  /** Decode n codes (n·2) into n·784 pixel probabilities. */
  decode(z: Float32Array, n: number): Promise<Float32Array> {
    return this.request('decode', { z: z.slice(), n });
  }

  /** Subscribe to a worker event; returns the unsubscribe function. */
  on<K extends keyof WorkerEvents>(event: K, cb: (e: WorkerEvents[K]) => void): () => void {
    const set: Set<(e: WorkerEvents[K]) => void> = this.listeners[event];
    set.add(cb);
    return () => set.delete(cb);
  }

  /** Terminate the worker; pending requests reject. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.port.terminate();
    for (const p of this.pending.values()) p.reject(new Error('TrainingClient disposed'));
    this.pending.clear();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private command<K extends keyof Commands>(op: K, body: Commands[K]): void {
    if (this.disposed) throw new Error('TrainingClient disposed');
    const msg: CommandMessage<K> = { kind: 'command', op, body };
    this.port.postMessage(msg, []);
  }

  private request<K extends keyof Requests>(op: K, body: Requests[K]['req']): Promise<Requests[K]['res']> {
    if (this.disposed) return Promise.reject(new Error('TrainingClient disposed'));
    const id = this.nextId++;
    const transfer = op === 'encode' || op === 'encodeDistribution' || op === 'decode' ? transferOf(body) : [];
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        reject,
        settle: (reply) => (isReplyOf(reply, op) ? resolve(reply.value) : reject(new Error(`training worker: a ${reply.op} reply to a ${op} request`))),
      });
      const msg: RequestMessage<K> = { kind: 'request', id, op, body };
      this.port.postMessage(msg, transfer);
    });
  }

  private receive(msg: FromWorker): void {
    switch (msg.kind) {
      case 'reply':
        this.pending.get(msg.id)?.settle(msg);
        this.pending.delete(msg.id);
        return;
      case 'failure':
        this.pending.get(msg.id)?.reject(new TrainingError(msg.message));
        this.pending.delete(msg.id);
        return;
      case 'event':
        if (msg.event === 'crash') return this.fail(msg.data);
        if (msg.event === 'snapshot') this._lastSnapshot = msg.data;
        if (msg.event === 'status') this._state = msg.data.state;
        if (msg.event === 'backend') this._backend = msg.data.backend;
        this.emit(msg);
    }
  }

  private emit<K extends keyof WorkerEvents>(msg: { event: K; data: WorkerEvents[K] }): void {
    const set: Set<(e: WorkerEvents[K]) => void> = this.listeners[msg.event];
    for (const cb of set) cb(msg.data);
  }

  private fail(message: Localized): void {
    this._state = 'error';
    for (const cb of this.listeners.status) cb({ state: 'error', message });
    for (const p of this.pending.values()) p.reject(new TrainingError(message));
    this.pending.clear();
  }
}

/** The buffers of an encode/decode body (transferred: the client sends copies). */
function transferOf(body: object): ArrayBuffer[] {
  return Object.values(body).flatMap((v) => (v instanceof Float32Array ? [v.buffer as ArrayBuffer] : []));
}
