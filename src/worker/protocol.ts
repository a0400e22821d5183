/**
 * The typed messages between the page (TrainingClient) and the training worker (trainerHost). One table,
 * `Requests`, gives each request's body and its reply; `Commands` are fire-and-forget; `WorkerEvents` are pushed by
 * the worker. Both sides are written against these maps, so the compiler checks every message and no reply is cast.
 */
import type { Localized } from '../i18n/lang.ts';
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerOptions, TrainerStatus, TrainMetrics, TrainSnapshot } from '../model/trainerTypes.ts';

/** Backend a client may ask for. */
export type BackendChoice = 'wasm' | 'webgl' | 'webgpu' | 'cpu';

/** Page → worker requests answered by one reply: `req` is the body sent, `res` the value that comes back. */
export interface Requests {
  /** Start the backend, load the digits, build the model; the first snapshot is pushed before the reply. */
  init: { req: { dataUrl: string; options: TrainerOptions; backend?: BackendChoice }; res: BackendInfo };
  /** Run n steps (pausing continuous training first). */
  step: { req: { n: number }; res: null };
  /** Re-initialise from a seed; the fresh snapshot is pushed before the reply. */
  reset: { req: { seed: number }; res: null };
  /** Stop after the current step; replies once stopped. */
  pause: { req: Record<string, never>; res: null };
  /** Encode n images (n·784): n·2 latent means (the drawing pad's entry point). */
  encode: { req: { x: Float32Array; n: number }; res: Float32Array };
  /** Encode n images (n·784) into q(z|x): n·2 means then n·2 log-variances (the drawing pad's σ-ellipse and KL). */
  encodeDistribution: { req: { x: Float32Array; n: number }; res: Float32Array };
  /** Decode n codes (n·2) into n·784 pixel probabilities. */
  decode: { req: { z: Float32Array; n: number }; res: Float32Array };
}

/** Page → worker messages with no reply. */
export interface Commands {
  play: Record<string, never>;
  setLearningRate: { lr: number };
  setBeta: { beta: number };
}

/** Worker → page messages nobody asked for. */
export interface WorkerEvents {
  metrics: TrainMetrics;
  snapshot: TrainSnapshot;
  status: TrainerStatus;
  /** The worker moved to another backend (after a lost WebGL context); training resumed from step `resumedAt`. */
  backend: { backend: BackendInfo; resumedAt: number };
  /** A failure outside any request (the worker is unusable). */
  crash: Localized;
}

/** A request name. */
export type RequestName = keyof Requests;

/** A request on the wire: built by the client for one K, handled by the host for the same K. */
export interface RequestMessage<K extends RequestName = RequestName> {
  kind: 'request';
  id: number;
  op: K;
  body: Requests[K]['req'];
}

/** A command on the wire. */
export interface CommandMessage<K extends keyof Commands = keyof Commands> {
  kind: 'command';
  op: K;
  body: Commands[K];
}

/** Page → worker. */
export type ToWorker = RequestMessage | CommandMessage;

/** The reply to request `K`. */
export interface ReplyOf<K extends RequestName> {
  kind: 'reply';
  id: number;
  op: K;
  value: Requests[K]['res'];
}

/** Worker → page. */
export type FromWorker =
  | ReplyOf<RequestName>
  | { kind: 'failure'; id: number; message: Localized }
  | { [P in keyof WorkerEvents]: { kind: 'event'; event: P; data: WorkerEvents[P] } }[keyof WorkerEvents];

/** True when `reply` answers a request of kind `op` (the page checks this before resolving). */
export function isReplyOf<K extends RequestName>(reply: { kind: 'reply'; op: RequestName }, op: K): reply is ReplyOf<K> {
  return reply.op === op;
}

/** The two ends of the transport: a Worker (page side), the worker's global scope, or a MessagePort in tests. */
export interface Port<In, Out> {
  postMessage(message: Out, transfer: Transferable[]): void;
  onmessage: ((ev: MessageEvent<In>) => void) | null;
}

/** The transferable buffers of a snapshot (sent without copying). */
export function snapshotTransfer(s: TrainSnapshot): ArrayBuffer[] {
  return [s.latentMeans.buffer, s.labels.buffer, s.reconstructions.buffer] as ArrayBuffer[];
}
