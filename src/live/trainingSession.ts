/**
 * The page's live training, with ONE owner: the worker client, the settings (learning rate, β, seed), the metrics
 * history and −ELBO trail, the last notice, the pretrained failsafe switch and resume-on-return. Created once per
 * page (src/main.ts) and reached by slides through `scope.services.training`; widgets render `view` and call
 * the methods. Settings given while the worker starts are the ones it trains with.
 */
import type { Localized } from '../i18n/lang.ts';
import type { TrainerOptions, TrainMetrics, TrainSnapshot } from '../model/trainerTypes.ts';
import { LIVE_DEFAULTS } from '../model/trainerTypes.ts';
import { TrainingClient, type WorkerPort } from '../worker/trainingClient.ts';
import type { BackendChoice } from '../worker/protocol.ts';
import { thinHistory } from './history.ts';
import { clampSetting, clampSettings, BETA_PARAM, LR_PARAM, SEED_PARAM } from './trainingParams.ts';
import type { ActiveModel, Notice, TrainingChange, TrainingSettings, TrainingView, WorkerPhase } from './types.ts';

/** How the session reaches a worker and what it trains. */
export interface TrainingSessionOptions {
  /** Open a transport to a training worker (the real Worker in the page, a MessagePort in tests). */
  openWorker(): WorkerPort | Promise<WorkerPort>;
  /** URL of the MNIST asset, absolute (the worker resolves nothing). */
  dataUrl: string;
  /** Force the worker's backend. */
  backend?: BackendChoice;
  /** Model options other than the settings (tests train a small net); the engine's LIVE_DEFAULTS fill the rest. */
  model?: Pick<TrainerOptions, 'hidden' | 'latentDim' | 'batchSize' | 'reportEvery' | 'snapshotEvery'>;
  /** Initial settings (clamped); defaults are the engine's. */
  settings?: Partial<TrainingSettings>;
  /** The first status line (e.g. why the live run starts afresh after a data-set switch). */
  notice?: Notice;
}

/** Called after every change with the new view and what changed. */
export type TrainingListener = (view: TrainingView, change: TrainingChange) => void;

/** The message of any error in both languages (the engine's errors carry their own). */
export function errorLocalized(err: unknown): Localized {
  const loc = (err as { localized?: Localized } | null)?.localized;
  if (loc && typeof loc.fr === 'string' && typeof loc.en === 'string') return loc;
  const msg = err instanceof Error ? err.message : String(err);
  return { fr: msg, en: msg };
}

/** One page's live training. */
export class TrainingSession {
  private client: TrainingClient | null = null;
  private starting: Promise<TrainingClient> | null = null;
  private phase: WorkerPhase = 'off';
  private settings: TrainingSettings;
  private readonly history: TrainMetrics[] = [];
  private readonly evals: Array<{ step: number; negElbo: number }> = [];
  private notice: Notice | null = null;
  private pretrainedOn = false;
  private resumeOnReturn = false;
  private busyCount = 0;
  private disposed = false;
  private readonly listeners = new Set<TrainingListener>();

  constructor(private readonly opts: TrainingSessionOptions) {
    this.settings = clampSettings(opts.settings ?? {});
    this.notice = opts.notice ?? null;
  }

  /** The current state, read-only (a fresh object on every read). */
  get view(): TrainingView {
    return this.snapshot();
  }

  /** The current state, read-only. */
  snapshot(): TrainingView {
    const c = this.client;
    return {
      phase: this.phase,
      state: c ? c.state : 'idle',
      settings: { ...this.settings },
      history: this.history,
      evals: this.evals,
      snapshot: c?.lastSnapshot ?? null,
      backend: c?.backend ?? null,
      notice: this.notice,
      usePretrained: this.pretrainedOn,
      busy: this.busyCount > 0,
      architecture: this.architecture(),
    };
  }

  /** Whether a worker exists (starting or ready): the page's `trainingWorkers` probe. */
  get workerCount(): number {
    return this.client || this.starting ? 1 : 0;
  }

  /** Entries kept on purpose (curve points and −ELBO trail): the page's `historyEntries` probe. */
  get historyEntries(): number {
    return this.history.length + this.evals.length;
  }

  /** Follow every change; returns the unsubscribe function. */
  subscribe(listener: TrainingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Start the worker (once; a failed start is retried on the next call); resolves when it is ready. */
  connect(): Promise<TrainingClient> {
    if (this.client) return Promise.resolve(this.client);
    this.starting ??= this.start().catch((err: unknown) => {
      this.starting = null;
      if (!this.disposed) {
        this.phase = 'failed';
        this.notice = { text: errorLocalized(err), kind: 'error' };
        this.emit('phase');
      }
      throw err;
    });
    return this.starting;
  }

  /** Train continuously (not while the pretrained model is on show or after an error). */
  play(): void {
    const c = this.usable();
    if (!c || c.state === 'running') return;
    this.clearNotice();
    c.play();
  }

  /** Stop after the current step; resolves once stopped. */
  async pause(): Promise<void> {
    if (this.client?.state === 'running') await this.client.pause();
  }

  /** Run n steps (not while running); a failure becomes the notice. */
  async step(n: number): Promise<void> {
    const c = this.usable();
    if (!c || c.state === 'running') return;
    this.clearNotice();
    await this.busy(() => c.step(n));
  }

  /** Re-initialise the live model from the seed setting (same seed ⇒ same run) and clear the curves. */
  async reset(): Promise<void> {
    const c = this.usable();
    if (!c) return;
    this.notice = null;
    await this.busy(async () => {
      await c.reset(this.settings.seed);
      this.history.length = 0;
      this.emit('reset');
    });
  }

  /** Set the learning rate (clamped to the `lr` parameter's range); returns the value that trains. */
  setLearningRate(lr: number): number {
    const v = clampSetting(LR_PARAM, lr);
    if (v !== this.settings.learningRate) {
      this.settings = { ...this.settings, learningRate: v };
      if (this.client) this.client.setLearningRate(v);
      this.emit('settings');
    }
    return v;
  }

  /** Set β (clamped); returns the value that trains. */
  setBeta(beta: number): number {
    const v = clampSetting(BETA_PARAM, beta);
    if (v !== this.settings.beta) {
      this.settings = { ...this.settings, beta: v };
      if (this.client) this.client.setBeta(v);
      this.emit('settings');
    }
    return v;
  }

  /** Set the seed the next reset starts from (an integer, clamped); returns it. */
  setSeed(seed: number): number {
    const v = clampSetting(SEED_PARAM, seed);
    if (v !== this.settings.seed) {
      this.settings = { ...this.settings, seed: v };
      this.emit('settings');
    }
    return v;
  }

  /** The failsafe switch: on shows and uses the pretrained model (training pauses); off goes back to live (starting it if needed). */
  async usePretrained(on: boolean): Promise<void> {
    if (on !== this.pretrainedOn) {
      this.pretrainedOn = on;
      if (!on && this.phase === 'ready') this.notice = null;
      this.emit('pretrained');
    }
    if (on) await this.pause();
    else await this.connect();
  }

  /** The presenter left the training slide: pause, remembering whether it was running. */
  leaveSlide(): void {
    const running = this.client?.state === 'running';
    this.resumeOnReturn = running;
    if (running) void this.client?.pause().catch(() => {});
  }

  /** The presenter came back: resume if training was running when they left. */
  returnToSlide(): void {
    const resume = this.resumeOnReturn;
    this.resumeOnReturn = false;
    const c = this.usable();
    if (resume && c) c.play();
  }

  /** Forget the notice (the presenter acted). */
  clearNotice(): void {
    if (!this.notice) return;
    this.notice = null;
    this.emit('notice');
  }

  /** The live model, once it has trained a step, the switch is off and nothing failed; else null. */
  liveModel(): ActiveModel | null {
    const c = this.client;
    const snap = c?.lastSnapshot;
    if (!c || !snap || !c.backend || this.pretrainedOn || snap.step <= 0 || c.state === 'error') return null;
    return {
      source: 'live',
      step: snap.step,
      decode: (z, n) => c.decode(z, n),
      codes: async () => ({ points: snap.latentMeans, labels: snap.labels }),
      backend: c.backend,
    };
  }

  /** Encode n images (n·784) with the live model: n·2 latent means (rejects before the worker is ready). */
  encode(x: Float32Array, n: number): Promise<Float32Array> {
    if (!this.client) return Promise.reject(new Error('the training worker is not ready'));
    return this.client.encode(x, n);
  }

  /** Encode n images with the live model into q(z|x): means n·2 and log-variances n·2 (rejects before the worker is ready). */
  async encodeDistribution(x: Float32Array, n: number): Promise<{ mean: Float32Array; logVar: Float32Array }> {
    if (!this.client) throw new Error('the training worker is not ready');
    const both = await this.client.encodeDistribution(x, n);
    const half = both.length / 2;
    return { mean: both.slice(0, half), logVar: both.slice(half) };
  }

  /** The live model's layer widths, e.g. [784, 512, 2] (the decoder mirrors them). */
  architecture(): number[] {
    const hidden = this.opts.model?.hidden ?? LIVE_DEFAULTS.hidden;
    return [784, ...(Array.isArray(hidden) ? hidden : [hidden]), this.opts.model?.latentDim ?? LIVE_DEFAULTS.latentDim];
  }

  /** Stop the worker and forget everything (page teardown, tests). */
  dispose(): void {
    this.disposed = true;
    this.client?.dispose();
    this.client = null;
    this.starting = null;
    this.history.length = 0;
    this.evals.length = 0;
    this.listeners.clear();
  }

  private async start(): Promise<TrainingClient> {
    this.phase = 'starting';
    this.emit('phase');
    const c = new TrainingClient(await this.opts.openWorker());
    c.on('metrics', (m) => {
      this.history.push(m);
      thinHistory(this.history);
      this.emit('metrics');
    });
    c.on('snapshot', (s) => this.record(s));
    c.on('status', (s) => {
      if (s.message) this.notice = { text: s.message, kind: s.state === 'error' ? 'error' : 'warn' };
      this.emit('state');
    });
    c.on('backend', ({ resumedAt }) => {
      const keep = this.history.findIndex((m) => m.step > resumedAt);
      if (keep >= 0) this.history.length = keep;
      this.emit('backend');
    });
    const sent = this.settings;
    try {
      await c.init({ dataUrl: this.opts.dataUrl, backend: this.opts.backend, options: { ...this.opts.model, ...sent } });
      if (this.disposed) throw new Error('the training session was disposed');
      // What the screen showed while the worker started is what trains.
      const now = this.settings;
      if (now.learningRate !== sent.learningRate) c.setLearningRate(now.learningRate);
      if (now.beta !== sent.beta) c.setBeta(now.beta);
      if (now.seed !== sent.seed) await c.reset(now.seed);
    } catch (err) {
      c.dispose();
      throw err;
    }
    this.client = c;
    this.phase = 'ready';
    this.emit('phase');
    return c;
  }

  private record(snap: TrainSnapshot): void {
    const last = this.evals[this.evals.length - 1];
    // an earlier step: a new run (reset); the same step: the same weights measured again (a move to another backend)
    if (last && last.step > snap.step) this.evals.length = 0;
    else if (last && last.step === snap.step) this.evals.pop();
    this.evals.push({ step: snap.step, negElbo: snap.heldOutNegElbo });
    this.emit('snapshot');
  }

  private usable(): TrainingClient | null {
    const c = this.client;
    return c && !this.pretrainedOn && c.state !== 'error' ? c : null;
  }

  private async busy(work: () => Promise<void>): Promise<void> {
    this.busyCount++;
    this.emit('busy');
    try {
      await work();
    } catch (err) {
      if (!this.disposed) this.notice = { text: errorLocalized(err), kind: 'error' };
    } finally {
      this.busyCount--;
      if (!this.disposed) this.emit('busy');
    }
  }

  private emit(change: TrainingChange): void {
    if (this.disposed || this.listeners.size === 0) return;
    const view = this.snapshot();
    for (const l of this.listeners) l(view, change);
  }
}
