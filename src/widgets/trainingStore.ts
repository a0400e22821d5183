/**
 * Page-wide state of the live demo, outside any slide so it survives slide changes: ONE TrainingClient
 * (created lazily on the training slide), the "use the pretrained model" failsafe switch, and the model the
 * generation / latent slides should use (the live one once it has trained, else the pretrained one).
 * tfjs and the worker are imported lazily, so the deck starts without them.
 */
import type { Localized } from '../i18n/lang.ts';
import type { MnistSet } from '../data/mnist.ts';
import type { LatentModel } from '../model/pretrained.ts';
import type { BackendSummary } from './backendBadge.ts';
import type { TrainingClient, TrainerStatus } from '../worker/trainingClient.ts';
import { LIVE_DEFAULTS } from '../model/trainerTypes.ts';
import { registerProbe } from '../probes.ts';
import { formatNumber } from '../i18n/format.ts';
import { heldOutNegElbo, meanKl } from './heldOutEval.ts';
import { heldOutCodes, heldOutDigits, pretrained, pretrainedBackend } from './pretrainedStore.ts';

/** Which model a slide shows. */
export type ModelSource = 'live' | 'pretrained';

/** The decoder (and held-out codes) a demo slide should use, with where it comes from. */
export interface ActiveModel {
  source: ModelSource;
  /** Training steps behind the live model (0 for the pretrained one). */
  step: number;
  /** Decode n codes (n·2) into n·784 pixel probabilities in [0, 1]. */
  decode(z: Float32Array, n: number): Promise<Float32Array>;
  /** Latent means of the 1,000 held-out digits (x0, y0, x1, y1, …) and their labels. */
  codes(): Promise<{ points: Float32Array; labels: Uint8Array }>;
  /** The backend that decodes: the training worker's for the live model, the page's for the pretrained one. */
  backend: BackendSummary;
}

/** The pretrained model's state on the held-out digits, in the shape of a training snapshot. */
export interface PretrainedState {
  latentMeans: Float32Array;
  labels: Uint8Array;
  /** Reconstructions (decode of μ) of `sampleIndices`, k·784. */
  reconstructions: Float32Array;
  sampleIndices: number[];
  /** −ELBO on the 1,000 held-out digits, one seeded z sample per image (same estimate as the live snapshots). */
  heldOutNegElbo: number;
  /** Mean KL(q(z|x) ‖ N(0, I)) over the held-out digits (closed form; the reconstruction term is the rest of the −ELBO). */
  heldOutKl: number;
  backend: BackendSummary;
  /** Layer widths of the pretrained VAE's encoder, input to latent (e.g. 784, 512, 256, 2). */
  architecture: number[];
}

/** The controls' values, kept across remounts (defaults: the engine's LIVE_DEFAULTS). */
export interface TrainingSettings {
  learningRate: number;
  beta: number;
  seed: number;
}

/** Held-out −ELBO of every snapshot since the last reset (the client keeps only the latest snapshot). */
export const evalTrail: Array<{ step: number; negElbo: number }> = [];
const initialSettings = (): TrainingSettings => ({ learningRate: LIVE_DEFAULTS.learningRate, beta: LIVE_DEFAULTS.beta, seed: LIVE_DEFAULTS.seed });
let settings: TrainingSettings = initialSettings();

/** Current control values (mutable: the dashboard writes them); the engine's LIVE_DEFAULTS until changed. */
export function trainingSettings(): TrainingSettings {
  return settings;
}

/** The live model's layer widths, e.g. [784, 512, 2] (the decoder mirrors them), from the engine's LIVE_DEFAULTS. */
export function liveArchitecture(): number[] {
  const hidden = Array.isArray(LIVE_DEFAULTS.hidden) ? (LIVE_DEFAULTS.hidden as number[]) : [LIVE_DEFAULTS.hidden];
  return [784, ...hidden, LIVE_DEFAULTS.latentDim];
}

let client: Promise<TrainingClient> | null = null;
let clientNow: TrainingClient | null = null;
let pretrainedState: Promise<PretrainedState> | null = null;
let usePretrained = false;
let notice: TrainerStatus | null = null;
let resumeOnReturn = false;

// A worker exists from the moment its creation starts (a failed creation terminates it and clears `client`).
registerProbe('trainingWorkers', () => (client ? 1 : 0));
// What the page keeps of a run on purpose (the loss curves' points, the −ELBO trail): the soak prints them.
registerProbe('historyEntries', () => (clientNow?.history.length ?? 0) + evalTrail.length);

/** `?backend=webgl|wasm|cpu` in the page URL forces the training worker's backend (tests, slow rooms); else automatic. */
export function backendFromUrl(search: string = typeof location === 'undefined' ? '' : location.search): 'webgl' | 'wasm' | 'cpu' | undefined {
  const b = new URLSearchParams(search).get('backend');
  return b === 'webgl' || b === 'wasm' || b === 'cpu' ? b : undefined;
}

/** Keep a promise until it fails (a failure is retried on the next call). */
function retryable<T>(make: () => Promise<T>, clear: () => void): Promise<T> {
  const p = make();
  p.catch(() => clear());
  return p;
}

/** The page's TrainingClient, started on first call (worker, backend, data, untrained model and its first snapshot). */
export function trainingClient(): Promise<TrainingClient> {
  client ??= retryable(
    async () => {
      const [{ TrainingClient }, { LIVE_DEFAULTS }] = await Promise.all([import('../worker/trainingClient.ts'), import('../model/trainer.ts')]);
      const c = await TrainingClient.create({ backend: backendFromUrl() });
      clientNow = c;
      settings = { learningRate: LIVE_DEFAULTS.learningRate, beta: LIVE_DEFAULTS.beta, seed: LIVE_DEFAULTS.seed };
      const record = (snap: { step: number; heldOutNegElbo: number }): void => {
        if (evalTrail.length && evalTrail[evalTrail.length - 1].step >= snap.step) evalTrail.length = 0;
        evalTrail.push({ step: snap.step, negElbo: snap.heldOutNegElbo });
      };
      if (c.lastSnapshot) record(c.lastSnapshot);
      c.onSnapshot(record);
      c.onStatus((s) => {
        if (s.message) notice = s;
      });
      return c;
    },
    () => {
      client = null;
    },
  );
  return client;
}

/** The client if it was already created (never starts one). */
export function existingClient(): TrainingClient | null {
  return clientNow;
}

/** The failsafe switch: true shows and uses the pretrained model instead of the live one. */
export function pretrainedSwitch(): boolean {
  return usePretrained;
}

/** Set the failsafe switch (the dashboard pauses training when it is turned on). */
export function setPretrainedSwitch(on: boolean): void {
  usePretrained = on;
}

/** Remember whether training was running when the presenter left the training slide. */
export function setResumeOnReturn(running: boolean): void {
  resumeOnReturn = running;
}

/** Whether training should resume when the presenter comes back (read once). */
export function takeResumeOnReturn(): boolean {
  const r = resumeOnReturn;
  resumeOnReturn = false;
  return r;
}

/** The 1,000 held-out digits (the same split the worker uses). */
export function heldOut(): Promise<MnistSet> {
  return heldOutDigits();
}

/** The committed pretrained VAE on the page's own tfjs backend (shared with the theory slides). */
export function pretrainedVae(): Promise<LatentModel> {
  return pretrained('vae');
}

/** The pretrained VAE's held-out codes, reconstructions of the first digit of each class, and −ELBO (computed once). */
export function pretrainedSnapshot(): Promise<PretrainedState> {
  pretrainedState ??= retryable(
    async () => {
      const [model, set, codes] = await Promise.all([pretrained('vae'), heldOutDigits(), heldOutCodes('vae')]);
      const backend = await pretrainedBackend();
      const sampleIndices = firstIndexOfEachClass(set.labels);
      const means = new Float32Array(sampleIndices.length * 2);
      sampleIndices.forEach((i, k) => means.set(codes.mean.subarray(2 * i, 2 * i + 2), 2 * k));
      const reconstructions = await model.decode(means, sampleIndices.length);
      const negElbo = await heldOutNegElbo(model, set, codes.mean, codes.logVar);
      const kl = meanKl(codes.mean, codes.logVar, set.count);
      const architecture = [784, ...model.hidden, model.latentDim];
      return { latentMeans: codes.mean, labels: set.labels, reconstructions, sampleIndices, heldOutNegElbo: negElbo, heldOutKl: kl, backend, architecture };
    },
    () => {
      pretrainedState = null;
    },
  );
  return pretrainedState;
}

/** Index of the first image of each digit 0–9 (the digits the live snapshots reconstruct). */
export function firstIndexOfEachClass(labels: ArrayLike<number>): number[] {
  const first = new Array<number>(10).fill(-1);
  for (let i = 0; i < labels.length; i++) if (first[labels[i]] < 0) first[labels[i]] = i;
  return first.filter((i) => i >= 0);
}

/**
 * The model the generation and latent-explorer slides use: the live one when a client exists, has trained
 * at least one step and the failsafe switch is off; otherwise the pretrained one.
 */
export async function activeModel(): Promise<ActiveModel> {
  const live = clientNow;
  const step = live?.lastSnapshot?.step ?? 0;
  const snap = live?.lastSnapshot;
  if (live && snap && !usePretrained && step > 0 && live.state !== 'error') {
    return {
      source: 'live',
      step,
      decode: (z, n) => live.decode(z, n),
      codes: async () => ({ points: snap.latentMeans, labels: snap.labels }),
      backend: live.backend,
    };
  }
  const [model, backend] = await Promise.all([pretrainedVae(), pretrainedBackend()]);
  return {
    backend,
    source: 'pretrained',
    step: 0,
    decode: (z, n) => model.decode(z, n),
    codes: async () => {
      const c = await heldOutCodes('vae');
      return { points: c.mean, labels: c.labels };
    },
  };
}

/** A one-line caption saying which model a slide shows. */
export function sourceCaption(m: { source: ModelSource; step: number }): Localized {
  if (m.source === 'live') {
    return {
      fr: `Modèle entraîné en direct (${formatNumber(m.step, 'fr', 0)} pas)`,
      en: `Model trained live (${formatNumber(m.step, 'en', 0)} steps)`,
    };
  }
  return { fr: 'Modèle pré-entraîné (public/models/vae-mnist)', en: 'Pretrained model (public/models/vae-mnist)' };
}

/** Re-initialise the live model from `seed` (same seed ⇒ same run) and clear the −ELBO trail. */
export async function resetTraining(seed: number): Promise<void> {
  const c = clientNow;
  if (!c) return;
  evalTrail.length = 0;
  notice = null;
  settings.seed = seed;
  await c.reset(seed);
}

/** The last status that carried a message (divergence, lost WebGL context, error), kept until the presenter acts. */
export function lastNotice(): TrainerStatus | null {
  return notice;
}

/** Forget the last message (the presenter pressed play, step or reset). */
export function clearNotice(): void {
  notice = null;
}

/** Stop the worker and forget everything (for tests and page teardown). */
export function disposeTraining(): void {
  clientNow?.dispose();
  clientNow = null;
  client = null;
  settings = initialSettings();
  evalTrail.length = 0;
  usePretrained = false;
  resumeOnReturn = false;
  notice = null;
}
