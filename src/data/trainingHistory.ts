/**
 * The loss history of the run that produced a set of pretrained weights (public/models/<kind>-<data>/history.json),
 * written by `npm run train` next to the weights; read by the handout, the PPTX export and the notebook.
 * Plain JSON, no tfjs: the deck can fetch it.
 */

/** One epoch of training: mean training-batch losses (nats/image) and the held-out −ELBO after the epoch. */
export interface HistoryEpoch {
  epoch: number;
  /** Mean over the epoch's batches of the loss minimised (recon + β·KL, with dropout on). */
  total: number;
  /** Mean binary cross-entropy over the epoch's batches. */
  recon: number;
  /** Mean KL(q(z|x) ‖ N(0, I)) over the epoch's batches (0 for the AE). */
  kl: number;
  /** −ELBO on the held-out set after this epoch (1 seeded z sample per image; AE: reconstruction only). */
  heldOutNegElbo: number;
}

/** The whole history file. */
export interface TrainingHistory {
  /** Format of this file. */
  version: 1;
  dataset: string;
  kind: 'vae' | 'ae';
  /** The exact `npm run train` arguments that produced the run. */
  command: string;
  /** Hyper-parameters of the run. */
  config: Record<string, number | string | number[]>;
  /** tfjs backend the run used. */
  backend: string;
  epochs: HistoryEpoch[];
  /** Held-out score of the final weights with the project's evaluation (evaluateNegElbo). */
  final: { negElbo: number; recon: number; kl: number; samples: number; seed: number; n: number };
  /** SHA-256 (hex) of the files the run wrote, by path relative to the model folder. */
  sha256: Record<string, string>;
  /** Free text: anything a reader must know (e.g. that these are not the committed weights' own run). */
  note?: string;
  /**
   * Present only when this history is that of a faithful re-run whose weights are NOT the files beside it (the
   * committed weights predate the history): the digests and held-out score of the committed files.
   */
  rerunOf?: { sha256: Record<string, string>; final: { negElbo: number; recon: number; kl: number; samples: number; seed: number; n: number } };
}

/** Check the shape of a parsed history file; throws an Error naming `file` on the first problem. */
export function parseTrainingHistory(json: unknown, file: string): TrainingHistory {
  const h = json as Partial<TrainingHistory> | null;
  const fail = (problem: string): never => {
    throw new Error(`${file}: invalid training history: ${problem}`);
  };
  if (!h || typeof h !== 'object') return fail('not a JSON object');
  if (h.version !== 1) fail(`version ${String(h.version)} (expected 1)`);
  if (h.kind !== 'vae' && h.kind !== 'ae') fail(`kind ${String(h.kind)}`);
  if (!Array.isArray(h.epochs) || h.epochs.length === 0) fail('no epochs');
  h.epochs!.forEach((e, i) => {
    for (const key of ['epoch', 'total', 'recon', 'kl', 'heldOutNegElbo'] as const) {
      if (!Number.isFinite(e[key])) fail(`epochs[${i}].${key} is ${String(e[key])}`);
    }
    if (e.epoch !== i + 1) fail(`epochs[${i}].epoch is ${e.epoch}, expected ${i + 1}`);
  });
  if (!h.final || !Number.isFinite(h.final.negElbo)) fail('final.negElbo missing');
  if (!h.sha256 || Object.keys(h.sha256).length === 0) fail('no sha256 of the weights files');
  if (h.rerunOf && !h.note) fail('a re-run history must say so in its note');
  return h as TrainingHistory;
}
