/** Typed messages between the page (TrainingClient) and the training worker. */
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerOptions, TrainerStatus, TrainMetrics, TrainSnapshot } from '../model/trainerTypes.ts';

/** Backend a client may ask for. */
export type BackendChoice = 'wasm' | 'webgl' | 'cpu';

/** Page → worker. Requests with an `id` are answered by a 'result' or 'error' with the same id. */
export type ToWorker =
  | { type: 'init'; id: number; dataUrl: string; options: TrainerOptions; backend?: BackendChoice }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; id: number; n: number }
  | { type: 'reset'; id: number; seed?: number }
  | { type: 'setLearningRate'; lr: number }
  | { type: 'setBeta'; beta: number }
  | { type: 'encode'; id: number; x: Float32Array; n: number }
  | { type: 'decode'; id: number; z: Float32Array; n: number }
  | { type: 'evaluate'; id: number }
  | { type: 'snapshot'; id: number };

/** Worker → page. */
export type FromWorker =
  | { type: 'ready'; id: number; backend: BackendInfo }
  | { type: 'result'; id: number; value?: Float32Array | { negElbo: number; recon: number; kl: number } | TrainSnapshot }
  | { type: 'error'; id: number | null; message: Localized }
  | { type: 'metrics'; metrics: TrainMetrics }
  | { type: 'snapshot'; snapshot: TrainSnapshot }
  | { type: 'status'; status: TrainerStatus }
  /** The worker moved to another backend (after a lost WebGL context), training resumed from step `resumedAt`. */
  | { type: 'backend'; backend: BackendInfo; resumedAt: number };

/** The transferable buffers of a snapshot (sent without copying). */
export function snapshotTransfer(s: TrainSnapshot): ArrayBuffer[] {
  return [s.latentMeans.buffer, s.labels.buffer, s.reconstructions.buffer] as ArrayBuffer[];
}
