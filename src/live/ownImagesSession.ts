/**
 * The own-images slide's live state, with ONE owner for the page's lifetime (like TrainingSession): the worker client,
 * the controls' settings, the loaded folder's summary, the loss history, the last snapshot, the running flag and the
 * status. A remount of the slide (theme or language switch, leaving and coming back) finds the images, the trained
 * weights and the curves where it left them; leaving the slide pauses training and coming back resumes it.
 */
import type { Localized } from '../i18n/lang.ts';
import type { OwnMetrics, OwnSnapshot, OwnTrainerOptions } from '../model/ownTrainer.ts';
import { OwnImagesClient, type OwnWorkerPort } from '../worker/ownImagesClient.ts';
import type { LoadedSummary } from '../worker/ownImagesProtocol.ts';
import { errorLocalized } from './trainingSession.ts';

/** Where the folder is: none picked, worker starting, files being read, images ready, or none usable. */
export type OwnPhase = 'empty' | 'starting' | 'reading' | 'ready' | 'noImages';

/** The controls' values (what trains). */
export interface OwnSettings {
  latentDim: number;
  beta: number;
  learningRate: number;
}

/** A snapshot with the worker's live tensor count when it was taken. */
export type OwnShownSnapshot = OwnSnapshot & { tensors: number };

/** The read-only state the panel renders. */
export interface OwnImagesView {
  phase: OwnPhase;
  progress: { done: number; total: number };
  summary: LoadedSummary | null;
  history: readonly OwnMetrics[];
  snapshot: OwnShownSnapshot | null;
  running: boolean;
  settings: Readonly<OwnSettings>;
  /** The last warning or error, kept until the next action. */
  notice: Localized | null;
}

/** What changed (so a listener redraws only that). */
export type OwnChange = 'phase' | 'progress' | 'loaded' | 'metrics' | 'snapshot' | 'state' | 'settings' | 'notice' | 'reset';

/** How the session reaches a worker, and model options for tests (a small net). */
export interface OwnImagesSessionOptions {
  openWorker(): OwnWorkerPort;
  model?: Pick<OwnTrainerOptions, 'hidden' | 'batchSize'>;
}

/** Default controls: latent dimension 2, β = 1, learning rate 10⁻³. */
export const OWN_DEFAULT_SETTINGS: OwnSettings = { latentDim: 2, beta: 1, learningRate: 1e-3 };

/** The page's own-images run. */
export class OwnImagesSession {
  private client: OwnImagesClient | null = null;
  private phase: OwnPhase = 'empty';
  private progress = { done: 0, total: 0 };
  private summary: LoadedSummary | null = null;
  private readonly history: OwnMetrics[] = [];
  private snapshot: OwnShownSnapshot | null = null;
  private running = false;
  private resumeOnReturn = false;
  /** The last pause asked of the worker (resolves once it has stopped). */
  private pausing: Promise<void> | null = null;
  private pausesInFlight = 0;
  private settings: OwnSettings = { ...OWN_DEFAULT_SETTINGS };
  private notice: Localized | null = null;
  private disposed = false;
  private readonly listeners = new Set<(view: OwnImagesView, change: OwnChange) => void>();

  constructor(private readonly opts: OwnImagesSessionOptions) {}

  /** True while the worker trains or has not yet confirmed a pause (its last window's metrics may still come). */
  get training(): boolean {
    return this.running || this.pausesInFlight > 0;
  }

  /** The current state (a fresh object on every read). */
  get view(): OwnImagesView {
    return {
      phase: this.phase,
      progress: { ...this.progress },
      summary: this.summary,
      history: this.history,
      snapshot: this.snapshot,
      running: this.running,
      settings: { ...this.settings },
      notice: this.notice,
    };
  }

  /** Whether a worker exists (the page's `ownWorkers` probe). */
  get workerCount(): number {
    return this.client ? 1 : 0;
  }

  /** Follow every change; returns the unsubscribe function. */
  subscribe(listener: (view: OwnImagesView, change: OwnChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Preprocess `files` in the worker and build a fresh model on the images kept (the previous run is dropped). */
  async load(files: File[]): Promise<void> {
    this.notice = null;
    this.phase = 'starting';
    this.emit('phase');
    try {
      const c = this.worker();
      await c.request('pause', {}).catch(() => null);
      const summary = await c.request('loadFiles', { files, options: { ...this.opts.model, ...this.settings } });
      if (this.disposed) return;
      this.summary = summary;
      this.history.length = 0;
      this.phase = summary.count > 0 ? 'ready' : 'noImages';
      if (summary.count === 0) this.snapshot = null;
      this.emit('loaded');
    } catch (err) {
      this.fail(err, 'empty');
    }
  }

  /** Train continuously. */
  play(): void {
    if (!this.client || this.phase !== 'ready' || this.running) return;
    this.clearNotice();
    // Shown at once (the worker's state event confirms it), so a remount right after a pause can resume.
    this.running = true;
    this.emit('state');
    this.client.command('play', {});
  }

  /** Stop after the current window; resolves once stopped. */
  async pause(): Promise<void> {
    if (this.client && this.running) {
      this.running = false;
      this.emit('state');
      this.pausesInFlight++;
      this.pausing = this.client.request('pause', {}).then(
        () => undefined,
        (err: unknown) => this.fail(err),
      ).finally(() => this.pausesInFlight--);
    }
    await this.pausing;
  }

  /** Run n steps (pausing first). */
  async step(n: number): Promise<void> {
    if (!this.client || this.phase !== 'ready') return;
    this.clearNotice();
    await this.client.request('step', { n }).catch((err) => this.fail(err));
  }

  /** A fresh model with the current latent dimension; the curves start over. */
  async reset(): Promise<void> {
    if (!this.client || this.phase !== 'ready') return;
    this.clearNotice();
    this.history.length = 0;
    this.emit('reset');
    await this.client.request('reset', { latentDim: this.settings.latentDim }).catch((err) => this.fail(err));
  }

  /** Set the latent dimension; a loaded folder gets a fresh model of that size. */
  async setLatentDim(latentDim: number): Promise<void> {
    if (latentDim === this.settings.latentDim) return;
    this.settings = { ...this.settings, latentDim };
    this.emit('settings');
    await this.reset();
  }

  /** Set β (it trains from the next step). */
  setBeta(beta: number): void {
    if (beta === this.settings.beta) return;
    this.settings = { ...this.settings, beta };
    this.client?.command('setBeta', { beta });
    this.emit('settings');
  }

  /** Set the learning rate (it trains from the next step). */
  setLearningRate(learningRate: number): void {
    if (learningRate === this.settings.learningRate) return;
    this.settings = { ...this.settings, learningRate };
    this.client?.command('setLearningRate', { lr: learningRate });
    this.emit('settings');
  }

  /** The presenter left the slide (or it is remounting): pause, remembering whether it was running. */
  leaveSlide(): void {
    this.resumeOnReturn = this.running;
    if (this.running) void this.pause();
  }

  /** The slide is shown again: resume if it was running when left. */
  returnToSlide(): void {
    const resume = this.resumeOnReturn;
    this.resumeOnReturn = false;
    if (resume) this.play();
  }

  /** Forget the notice. */
  clearNotice(): void {
    if (!this.notice) return;
    this.notice = null;
    this.emit('notice');
  }

  /** Stop the worker and forget everything (page teardown, tests). */
  dispose(): void {
    this.disposed = true;
    this.client?.terminate();
    this.client = null;
    this.history.length = 0;
    this.snapshot = null;
    this.summary = null;
    this.listeners.clear();
  }

  /** The worker, started on first use and kept for the page's lifetime. */
  private worker(): OwnImagesClient {
    if (this.client) return this.client;
    const c = new OwnImagesClient(this.opts.openWorker());
    c.on('progress', (p) => {
      this.progress = p;
      if (this.phase === 'starting') this.phase = 'reading';
      this.emit('progress');
    });
    c.on('metrics', (m) => {
      this.history.push(m);
      this.emit('metrics');
    });
    c.on('snapshot', (s) => {
      this.snapshot = s;
      this.emit('snapshot');
    });
    c.on('state', ({ running, message }) => {
      this.running = running;
      if (message) this.notice = message;
      this.emit('state');
    });
    this.client = c;
    return c;
  }

  private fail(err: unknown, phase?: OwnPhase): void {
    if (this.disposed) return;
    this.notice = errorLocalized(err);
    if (phase) this.phase = phase;
    this.emit('notice');
  }

  private emit(change: OwnChange): void {
    if (this.disposed || this.listeners.size === 0) return;
    const view = this.view;
    for (const l of this.listeners) l(view, change);
  }
}
