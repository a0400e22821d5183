/**
 * Messages between the own-images slide and its worker (ownImagesHost.ts): the page sends the picked files (or, in
 * tests, preprocessed floats), the worker preprocesses them one at a time, trains, and pushes progress, metrics and
 * snapshots. Requests carry an id and get one reply; the rest are fire-and-forget commands.
 */
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { OwnMetrics, OwnSnapshot, OwnTrainerOptions } from '../model/ownTrainer.ts';
import type { SkipReason } from '../data/ownImages.ts';

/** What the worker kept of a folder: counts, a few preview images, and the skip report as plain data. */
export interface LoadedSummary {
  count: number;
  size: number;
  /** Names of the first images kept (at most 8). */
  names: string[];
  /** The first kept images (k·size·size·3 values in [0, 1]). */
  preview: Float32Array;
  skipped: { count: number; named: { name: string; reason: SkipReason }[]; summary: Localized };
  backend: BackendInfo | null;
  /** Milliseconds spent preprocessing. */
  preprocessMs: number;
}

/** Page → worker requests and their replies. */
export interface OwnRequests {
  /** Preprocess files (streamed, one at a time) and build the trainer on the images kept. */
  loadFiles: { req: { files: File[]; options: OwnTrainerOptions }; res: LoadedSummary };
  /** Build the trainer on already preprocessed images (tests, bench). */
  loadImages: { req: { images: Float32Array; count: number; size: number; options: OwnTrainerOptions }; res: LoadedSummary };
  /** Pause, then run exactly n steps. */
  step: { req: { n: number }; res: OwnMetrics | null };
  /** Stop continuous training; replies once stopped. */
  pause: { req: Record<string, never>; res: null };
  /** A fresh model (seed, latent dimension); the new snapshot is pushed before the reply. */
  reset: { req: { seed?: number; latentDim?: number }; res: null };
  /** Live tensors in the worker (the e2e test checks they stay flat). */
  tensors: { req: Record<string, never>; res: number };
}

/** Page → worker commands without a reply. */
export interface OwnCommands {
  play: Record<string, never>;
  setBeta: { beta: number };
  setLearningRate: { lr: number };
}

/** Worker → page events. */
export interface OwnEvents {
  progress: { done: number; total: number };
  metrics: OwnMetrics;
  /** A snapshot, with the worker's live tensor count once it is taken (no step in flight then). */
  snapshot: OwnSnapshot & { tensors: number };
  state: { running: boolean; message?: Localized };
}

/** A request on the wire. */
export type OwnRequestMessage = { [K in keyof OwnRequests]: { kind: 'request'; id: number; op: K; body: OwnRequests[K]['req'] } }[keyof OwnRequests];
/** A command on the wire. */
export type OwnCommandMessage = { [K in keyof OwnCommands]: { kind: 'command'; op: K; body: OwnCommands[K] } }[keyof OwnCommands];
/** Page → worker. */
export type ToOwnWorker = OwnRequestMessage | OwnCommandMessage;
/** Worker → page. */
export type FromOwnWorker =
  | { kind: 'reply'; id: number; value: unknown }
  | { kind: 'failure'; id: number; message: Localized }
  | { [P in keyof OwnEvents]: { kind: 'event'; event: P; data: OwnEvents[P] } }[keyof OwnEvents];
