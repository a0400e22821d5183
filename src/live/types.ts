/** Plain-data shapes the live-model layer hands to widgets and slides (no behaviour, no tfjs). */
import type { Localized } from '../i18n/lang.ts';
import type { TrainerState, TrainMetrics, TrainSnapshot } from '../model/trainerTypes.ts';

/** What a backend badge needs to know of a backend (BackendInfo, or a worker's report of it). */
export interface BackendSummary {
  name: string;
  /** The WebGL renderer is a software one (qualifies WEBGL). */
  software: boolean;
  /** Why this backend was chosen (shown as the badge's tooltip). */
  reason: string;
  /** The WebGPU adapter, when one was looked for; `fallback` (a software one) qualifies WEBGPU. */
  adapter?: { name: string; fallback: boolean } | null;
}

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

/** The pretrained VAE's state on the held-out digits, in the shape of a training snapshot. */
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

/** The training controls' values: what trains, what the dashboard shows and what the URL holds. */
export interface TrainingSettings {
  learningRate: number;
  beta: number;
  seed: number;
}

/** Where the training worker is: not started, starting ("Démarrage…"), ready, or failed to start. */
export type WorkerPhase = 'off' | 'starting' | 'ready' | 'failed';

/** A sentence for the dashboard's status line. */
export interface Notice {
  text: Localized;
  kind: 'info' | 'warn' | 'error';
}

/** The read-only view of the training session that the dashboard renders. */
export interface TrainingView {
  phase: WorkerPhase;
  /** The trainer's state in the worker ('idle' before it exists). */
  state: TrainerState;
  settings: Readonly<TrainingSettings>;
  /** Metrics reports since the last reset (thinned past HISTORY_CAP). */
  history: readonly TrainMetrics[];
  /** Held-out −ELBO of every snapshot since the last reset. */
  evals: ReadonlyArray<{ step: number; negElbo: number }>;
  snapshot: TrainSnapshot | null;
  backend: BackendSummary | null;
  /** The last message (divergence, lost context, error), kept until the presenter acts. */
  notice: Notice | null;
  /** The failsafe switch: show and use the pretrained model. */
  usePretrained: boolean;
  /** A step or reset is in flight. */
  busy: boolean;
  /** Layer widths of the live model, input to latent (e.g. 784, 512, 2). */
  architecture: readonly number[];
}

/** What changed in the view (so a listener redraws only that). */
export type TrainingChange = 'metrics' | 'snapshot' | 'state' | 'settings' | 'phase' | 'notice' | 'pretrained' | 'busy' | 'reset' | 'backend';
