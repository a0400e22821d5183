/**
 * The worker side of the training protocol: owns the data, the backend and the Trainer, answers `Requests`,
 * obeys `Commands` and pushes `WorkerEvents`. Independent of where it runs: training.worker.ts serves it on the
 * worker's global scope with the browser's backend and loader; the tests serve it on a MessagePort in Node.
 */
import { Trainer } from '../model/trainer.ts';
import type { Localized } from '../i18n/lang.ts';
import type { MnistSplit } from '../data/mnist.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerOptions } from '../model/trainerTypes.ts';
import { formatNumber } from '../i18n/format.ts';
import { snapshotTransfer, type BackendChoice, type CommandMessage, type Commands, type FromWorker, type Port, type ReplyOf, type RequestMessage, type Requests, type ToWorker } from './protocol.ts';

/** What the host needs from its environment (the browser worker's, or a test's). */
export interface HostDeps {
  /** Start tfjs on a backend (the preferred one when given). */
  startBackend(prefer?: BackendChoice): Promise<BackendInfo>;
  /** Load the MNIST split from a URL. */
  loadData(url: string): Promise<MnistSplit>;
  /** Call `onLost` once if the current GPU dies (WebGL context or WebGPU device lost; GPU backends only). */
  watchContextLoss?(onLost: () => void): void;
  /** After a lost context: the backend training moves to. */
  fallbackBackend?(previous: BackendInfo): Promise<BackendInfo>;
  /** The sentence shown after a recovery: training resumed at `step` on `backend` after `lost` died. */
  contextLostMessage?(step: number, backend: BackendInfo['name'], lost: BackendInfo['name']): Localized;
  /**
   * Time the backends that may beat `current` on the live model, one after the other, away from the training (in the
   * browser: a probe worker of their own); empty when none is worth measuring. Asked once, when training first runs and
   * has reported its own speed, unless the page forced a backend.
   */
  measureAlternatives?(current: BackendInfo, ctx: { dataUrl: string; options: TrainerOptions }): Promise<Measured[]>;
  /** Switch tfjs to `name`; false when it does not start (training then stays where it is). */
  switchBackend?(name: BackendChoice): Promise<boolean>;
}

/** A backend's measured training speed; null when the measurement failed or timed out. */
export interface Measured {
  name: BackendChoice;
  samplesPerSec: number | null;
}

/** Backends that run on the GPU: their weights are checkpointed on the CPU side, and a lost GPU is recovered from. */
const onGpu = (name: BackendChoice): boolean => name === 'webgl' || name === 'webgpu';

/** "WEBGPU 30,120 samples/s, WEBGL measurement failed": what the badge's reason says was measured. */
function measuredList(alts: Measured[]): string {
  return alts.map((a) => `${a.name.toUpperCase()} ${a.samplesPerSec === null ? 'measurement failed' : `${rate(a.samplesPerSec)} samples/s`}`).join(', ');
}

/** A speed in the backend badge's (English) reason: "12,540". */
const rate = (samplesPerSec: number): string => formatNumber(samplesPerSec, 'en', 0);

/** An alternative must train this many times faster than the current backend to be worth the move (Adam restarts). */
export const SWITCH_RATIO = 1.2;

/** The sentence shown when the measurement moved training: which backend, how much faster, from which step. */
export function movedMessage(to: BackendChoice, from: BackendChoice, ratio: number, step: number): Localized {
  return {
    fr: `Mesuré pendant l’entraînement : ${to.toUpperCase()} calcule ${formatNumber(ratio, 'fr', 1)} fois plus vite que ${from.toUpperCase()} sur cette machine ; l’entraînement continue sur ${to.toUpperCase()} depuis le pas ${formatNumber(step, 'fr', 0)}.`,
    en: `Measured while training: ${to.toUpperCase()} computes ${formatNumber(ratio, 'en', 1)} times faster than ${from.toUpperCase()} on this machine; training goes on with ${to.toUpperCase()} from step ${formatNumber(step, 'en', 0)}.`,
  };
}

/** A running host: `dispose` stops training and frees every tensor (tests check that nothing leaks). */
export interface TrainerHost {
  dispose(): Promise<void>;
}

type Handlers = { [K in keyof Requests]: (body: Requests[K]['req']) => Promise<Requests[K]['res']> };
type CommandHandlers = { [K in keyof Commands]: (body: Commands[K]) => void };

/** The message of any failure in both languages (the engine's errors carry their own). */
export function localizeError(err: unknown): Localized {
  const loc = (err as { localized?: Localized } | null)?.localized;
  if (loc) return loc;
  const msg = err instanceof Error ? err.message : String(err);
  return { fr: `Erreur du worker d’entraînement : ${msg}`, en: `Training worker error: ${msg}` };
}

/** Serve the training protocol on `port` until disposed. */
export function serveTrainer(port: Port<ToWorker, FromWorker>, deps: HostDeps): TrainerHost {
  let trainer: Trainer | null = null;
  /** Kept to rebuild the trainer on another backend when the GPU is lost. */
  let setup: { data: MnistSplit; dataUrl: string; options: TrainerOptions; backend: BackendInfo; forced: boolean } | null = null;
  /** Whether the other backends have been measured (once per worker). */
  let measuring = false;
  /** The training's own speed, from its latest metrics. */
  let ownSpeed = 0;
  /** A move to another backend in progress: requests and commands wait for it. */
  let moving: Promise<void> = Promise.resolve();
  /** Requests being answered: a move waits for them before it frees the trainer they use. */
  const answering = new Set<Promise<unknown>>();
  let disposed = false;
  /** On a GPU backend: the weights at the latest snapshot, read back to the CPU so they survive a lost context. */
  let checkpoint: { step: number; weights: Float32Array[] } | null = null;

  const post = (msg: FromWorker, transfer: Transferable[] = []): void => port.postMessage(msg, transfer);
  const need = (): Trainer => {
    if (!trainer) throw new Error('the trainer is not initialised yet');
    return trainer;
  };
  const pushSnapshot = async (t: Trainer): Promise<void> => {
    const snap = await t.snapshot();
    post({ kind: 'event', event: 'snapshot', data: snap }, snapshotTransfer(snap));
  };

  /** Forward a trainer's events to the page (only while it is the current one); checkpoint it on a GPU backend. */
  const follow = (t: Trainer): Trainer => {
    t.on('metrics', (data) => {
      if (t !== trainer) return;
      ownSpeed = data.samplesPerSec;
      post({ kind: 'event', event: 'metrics', data });
      maybeMeasure();
    });
    t.on('snapshot', (data) => {
      if (t !== trainer) return;
      if (!setup || !onGpu(setup.backend.name)) return post({ kind: 'event', event: 'snapshot', data }, snapshotTransfer(data));
      // on a GPU the snapshot is shown once its weights are safe on the CPU side
      t.readWeights().then(
        (c) => {
          if (t !== trainer) return;
          checkpoint = c;
          post({ kind: 'event', event: 'snapshot', data }, snapshotTransfer(data));
        },
        () => {}, // the GPU died during the read: the recovery resumes from the checkpoint before
      );
    });
    t.on('status', (data) => t === trainer && post({ kind: 'event', event: 'status', data }));
    return t;
  };

  /** Watch the current GPU backend: when it dies, recover (requests and commands wait for the recovery, like a move). */
  const watchGpu = (): void =>
    deps.watchContextLoss?.(() => {
      moving = recoverFromLostContext();
    });

  /** The GPU died: rebuild the trainer on WASM (or CPU) from the last checkpoint and say so. */
  const recoverFromLostContext = async (): Promise<void> => {
    const old = trainer;
    if (disposed || !old || !setup || !deps.fallbackBackend) return;
    const wasRunning = old.state === 'running';
    trainer = null;
    void old.pause(); // its loop may wait forever on the dead context: drop it
    const lost = setup.backend.name;
    try {
      const backend = await deps.fallbackBackend(setup.backend);
      if (disposed) return;
      setup.backend = backend;
      const t = new Trainer(setup.data, { ...setup.options, learningRate: old.learningRate, beta: old.beta });
      const from = checkpoint ?? { step: 0, weights: [] };
      if (checkpoint) await t.restoreWeights(checkpoint);
      if (disposed) return void (await t.dispose());
      trainer = follow(t);
      post({ kind: 'event', event: 'backend', data: { backend, resumedAt: from.step } });
      await pushSnapshot(t);
      if (disposed || trainer !== t) return;
      if (wasRunning) t.start();
      const state = wasRunning ? 'running' : old.state === 'idle' ? 'idle' : 'paused';
      post({ kind: 'event', event: 'status', data: { state, message: deps.contextLostMessage?.(from.step, backend.name, lost) } });
    } catch (err) {
      post({ kind: 'event', event: 'status', data: { state: 'error', message: localizeError(err) } });
    }
  };

  /** Once training runs and has reported its speed: measure the alternatives, then move to the fastest or say why not. */
  const maybeMeasure = (): void => {
    if (measuring || !setup || setup.forced || !deps.measureAlternatives || trainer?.state !== 'running' || !(ownSpeed > 0)) return;
    measuring = true;
    const s = setup;
    const own = ownSpeed;
    void deps
      .measureAlternatives(s.backend, { dataUrl: s.dataUrl, options: { ...s.options } })
      .catch((): Measured[] => [])
      .then((alts) => {
        if (disposed || setup !== s || !trainer || alts.length === 0) return; // nothing worth measuring: the start reason says why
        const best = alts.reduce<Measured | null>((top, a) => (a.samplesPerSec !== null && (top === null || a.samplesPerSec > (top.samplesPerSec ?? 0)) ? a : top), null);
        if (best?.samplesPerSec != null && best.samplesPerSec >= SWITCH_RATIO * own) {
          moving = moveTo({ ...best, samplesPerSec: best.samplesPerSec }, alts, own).catch((err: unknown) => post({ kind: 'event', event: 'status', data: { state: 'error', message: localizeError(err) } }));
          return moving;
        }
        // slower, failed or timed out: the badge says what was measured instead of "measured once training runs"
        const kept = s.backend.name.toUpperCase();
        s.backend = { ...s.backend, reason: `${s.backend.reason}; ${measuredList(alts)}; ${kept} ${rate(own)} samples/s: ${kept} kept` };
        post({ kind: 'event', event: 'backend', data: { backend: s.backend, resumedAt: trainer.stepCount } });
      });
  };

  /** Move training to the measured faster backend: same weights, step and batch order; Adam restarts. */
  const moveTo = async (alt: Measured & { samplesPerSec: number }, alts: Measured[], own: number): Promise<void> => {
    const old = trainer;
    if (!old || !setup || !deps.switchBackend) return;
    const wasRunning = old.state === 'running';
    await old.pause();
    // a request answered on the old trainer (a decode under the cursor, a few steps) ends there first
    await Promise.allSettled([...answering]);
    const weights = await old.readWeights();
    const from = setup.backend.name;
    if (disposed || trainer !== old) return;
    if (!(await deps.switchBackend(alt.name))) {
      if (disposed) return;
      if (wasRunning) old.start();
      const kept = from.toUpperCase();
      setup.backend = { ...setup.backend, reason: `${setup.backend.reason}; ${measuredList(alts)}; ${kept} ${rate(own)} samples/s; ${alt.name.toUpperCase()} did not start for training: ${kept} kept` };
      post({ kind: 'event', event: 'backend', data: { backend: setup.backend, resumedAt: old.stepCount } });
      return;
    }
    trainer = null;
    await old.dispose();
    if (disposed) return;
    try {
      setup.backend = { ...setup.backend, name: alt.name, reason: `measured while training: ${measuredList(alts)}; ${from.toUpperCase()} ${rate(own)} samples/s before` };
      const t = new Trainer(setup.data, { ...setup.options, learningRate: old.learningRate, beta: old.beta });
      await t.restoreWeights(weights);
      if (disposed) return void (await t.dispose());
      trainer = follow(t);
      checkpoint = weights; // on a GPU, what a lost context resumes from until the next snapshot
      post({ kind: 'event', event: 'backend', data: { backend: setup.backend, resumedAt: weights.step } });
      await pushSnapshot(t);
      if (disposed || trainer !== t) return;
      if (wasRunning) t.start();
      const state = wasRunning ? 'running' : 'paused';
      post({ kind: 'event', event: 'status', data: { state, message: movedMessage(alt.name, from, alt.samplesPerSec / own, weights.step) } });
      // watched last: a WebGPU device lost before this still calls back (its `lost` promise), and the recovery then
      // starts from a trainer that is settled
      if (onGpu(alt.name)) watchGpu();
    } catch (err) {
      post({ kind: 'event', event: 'status', data: { state: 'error', message: localizeError(err) } });
    }
  };

  const handlers: Handlers = {
    async init({ dataUrl, options, backend: prefer }) {
      const backend = await deps.startBackend(prefer);
      const data = await deps.loadData(dataUrl);
      trainer = follow(new Trainer(data, options));
      setup = { data, dataUrl, options: { ...options }, backend, forced: prefer !== undefined };
      await pushSnapshot(trainer);
      if (onGpu(backend.name)) watchGpu();
      return backend;
    },
    async step({ n }) {
      await need().step(n);
      return null;
    },
    async reset({ seed }) {
      const t = need();
      checkpoint = null;
      if (setup) setup.options.seed = seed;
      await t.reset(seed);
      await pushSnapshot(t);
      return null;
    },
    async pause() {
      await need().pause();
      return null;
    },
    encode: ({ x, n }) => need().encode(x, n),
    encodeDistribution: ({ x, n }) => need().encodeDistribution(x, n),
    decode: ({ z, n }) => need().decode(z, n),
  };

  const commands: CommandHandlers = {
    play: () => need().start(),
    setLearningRate: ({ lr }) => need().setLearningRate(lr),
    setBeta: ({ beta }) => need().setBeta(beta),
  };

  const answer = async <K extends keyof Requests>(msg: RequestMessage<K>): Promise<void> => {
    const handler: Handlers[K] = handlers[msg.op];
    // wait for the move in progress, and for one that began while this request waited
    for (let m = moving; ; m = moving) {
      await m;
      if (m === moving) break;
    }
    const running = handler(msg.body);
    answering.add(running);
    let value: Requests[K]['res'];
    try {
      value = await running;
    } finally {
      answering.delete(running);
    }
    const transfer = value instanceof Float32Array ? [value.buffer as ArrayBuffer] : [];
    const reply: ReplyOf<K> = { kind: 'reply', id: msg.id, op: msg.op, value };
    post(reply, transfer);
  };

  const obey = <K extends keyof Commands>(msg: CommandMessage<K>): void => {
    const handler: CommandHandlers[K] = commands[msg.op];
    handler(msg.body);
  };

  port.onmessage = (ev: MessageEvent<ToWorker>) => {
    const msg = ev.data;
    if (msg.kind === 'request') {
      answer(msg).catch((err: unknown) => post({ kind: 'failure', id: msg.id, message: localizeError(err) }));
      return;
    }
    // after a move in progress (none: at once, in order)
    void moving.then(() => {
      try {
        obey(msg);
      } catch (err) {
        post({ kind: 'event', event: 'crash', data: localizeError(err) });
      }
    });
  };

  return {
    async dispose() {
      disposed = true;
      port.onmessage = null;
      await moving;
      const t = trainer;
      trainer = null;
      await t?.dispose();
    },
  };
}
