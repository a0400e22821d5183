/**
 * Page-wide cache of what the theory slides share: the pretrained AE and VAE, the 1,000 held-out digits and
 * their latent codes. Loaded once on first use (tfjs is imported lazily, so the deck starts without it) and
 * kept for the whole page, so a slide that remounts answers at once. A failure is not cached.
 */
import type { Localized } from '../i18n/lang.ts';
import type { MnistSet } from '../data/mnist.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { LatentModel } from '../model/pretrained.ts';
import { reconstructionError } from './anomalyScore.ts';
import type { BackendSummary } from './backendBadge.ts';

/** Which pretrained model. */
export type PretrainedKind = 'vae' | 'ae';

/** Latent codes of the held-out digits under one model: means (2 per digit), log-variances (VAE only), labels. */
export interface HeldOutCodes {
  kind: PretrainedKind;
  count: number;
  /** μ(x) of each digit, interleaved z₁, z₂. */
  mean: Float32Array;
  /** log σ²(x) of each digit (null for the AE). */
  logVar: Float32Array | null;
  labels: Uint8Array;
}

/** Where the store gets its models and digits: the browser defaults, or others (Node tests, the notebook). */
export interface PretrainedSources {
  model(kind: PretrainedKind): Promise<LatentModel>;
  digits(): Promise<MnistSet>;
  /** The backend the models compute on (named by the slides' badge). */
  backend(): Promise<BackendSummary>;
}

const browserSources: PretrainedSources = {
  async model(kind) {
    const [{ initBackend }, { loadPretrained }] = await Promise.all([
      import('../model/backend.browser.ts'),
      import('../model/pretrained.ts'),
    ]);
    await initBackend();
    return loadPretrained(kind);
  },
  digits: () => loadMnistBrowser().then((split) => split.test),
  async backend() {
    const { initBackend } = await import('../model/backend.browser.ts');
    return initBackend();
  },
};

let sources: PretrainedSources = browserSources;
const models = new Map<PretrainedKind, Promise<LatentModel>>();
const codes = new Map<PretrainedKind, Promise<HeldOutCodes>>();
const reconErrors = new Map<PretrainedKind, Promise<Float64Array>>();
let digits: Promise<MnistSet> | null = null;

/** Replace the sources (and forget everything cached); call with no argument to restore the browser defaults. */
export function setPretrainedSources(next: Partial<PretrainedSources> = {}): void {
  sources = { ...browserSources, ...next };
  models.clear();
  codes.clear();
  reconErrors.clear();
  digits = null;
}

/** Keep a promise in the cache until it fails. */
function remember<K, V>(map: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = map.get(key);
  if (!p) {
    p = make();
    map.set(key, p);
    p.catch(() => map.delete(key));
  }
  return p;
}

/** The pretrained model of a kind (decoder and encoder), loaded once per page. */
export function pretrained(kind: PretrainedKind): Promise<LatentModel> {
  return remember(models, kind, () => sources.model(kind));
}

/** The backend the pretrained models run on (the page's tfjs backend, chosen once). */
export function pretrainedBackend(): Promise<BackendSummary> {
  return sources.backend();
}

/** The 1,000 held-out MNIST digits (100 per class, grouped by class). */
export function heldOutDigits(): Promise<MnistSet> {
  if (!digits) {
    const p = sources.digits();
    p.catch(() => {
      if (digits === p) digits = null;
    });
    digits = p;
  }
  return digits;
}

/** The held-out digits encoded by a pretrained model (μ and log σ²), computed once per page. */
export function heldOutCodes(kind: PretrainedKind): Promise<HeldOutCodes> {
  return remember(codes, kind, async () => {
    const [model, set] = await Promise.all([pretrained(kind), heldOutDigits()]);
    const { mean, logVar } = await model.encode(set.images, set.count);
    return { kind, count: set.count, mean, logVar, labels: set.labels };
  });
}

/** A message fit for the slide from any loading error (the engine's errors carry both languages). */
export function loadErrorMessage(err: unknown): Localized {
  const localized = (err as { localized?: Localized } | null)?.localized;
  if (localized && typeof localized.fr === 'string' && typeof localized.en === 'string') return localized;
  const detail = err instanceof Error ? err.message : String(err);
  return {
    fr: `Le modèle pré-entraîné ou les chiffres n’ont pas pu être chargés : ${detail}`,
    en: `The pretrained model or the digits could not be loaded: ${detail}`,
  };
}


/** Reconstruction error (nats, x̂ decoded from μ) of every held-out digit, computed once per page. */
export function heldOutReconstructionErrors(kind: PretrainedKind): Promise<Float64Array> {
  return remember(reconErrors, kind, async () => {
    const [model, set, c] = await Promise.all([pretrained(kind), heldOutDigits(), heldOutCodes(kind)]);
    return reconstructionError(set.images, await model.decode(c.mean, c.count), c.count);
  });
}
