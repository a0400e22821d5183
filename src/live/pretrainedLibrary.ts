/**
 * The pretrained models the slides share, as one instance per page: the AE and VAE, the 1,000 held-out digits,
 * their latent codes and reconstruction errors, and the VAE's held-out summary for the training dashboard. Each
 * is computed on first use and kept (so a slide that remounts answers at once); a failure is not kept. Where the
 * models and digits come from is injected (browser sources in the page, Node sources in tests and the notebook).
 */
import type { Localized } from '../i18n/lang.ts';
import type { MnistSet } from '../data/mnist.ts';
import { firstOfEachDigit } from '../data/mnist.ts';
import type { LatentModel } from '../model/pretrained.ts';
import { bernoulliNllPerImage } from '../math/vae.ts';
import { heldOutNegElbo, meanKl } from './heldOutEval.ts';
import type { BackendSummary, PretrainedState } from './types.ts';

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

/** Where the library gets its models and digits. */
export interface PretrainedSources {
  model(kind: PretrainedKind): Promise<LatentModel>;
  digits(): Promise<MnistSet>;
  /** The backend the models compute on (named by the slides' badge). */
  backend(): Promise<BackendSummary>;
}

/** Keep a promise until it fails (a failure is retried on the next call). */
function remember<K, V>(map: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = map.get(key);
  if (!p) {
    p = make();
    map.set(key, p);
    p.catch(() => {
      if (map.get(key) === p) map.delete(key);
    });
  }
  return p;
}

/** The page's pretrained models and what is derived from them, loaded once each. */
export class PretrainedLibrary {
  private readonly models = new Map<PretrainedKind, Promise<LatentModel>>();
  private readonly codes = new Map<PretrainedKind, Promise<HeldOutCodes>>();
  private readonly reconErrors = new Map<PretrainedKind, Promise<Float64Array>>();
  private readonly digits = new Map<'test', Promise<MnistSet>>();
  private readonly states = new Map<'vae', Promise<PretrainedState>>();

  constructor(private readonly sources: PretrainedSources) {}

  /** The pretrained model of a kind (decoder and encoder). */
  model(kind: PretrainedKind): Promise<LatentModel> {
    return remember(this.models, kind, () => this.sources.model(kind));
  }

  /** The backend the pretrained models run on (the page's tfjs backend). */
  backend(): Promise<BackendSummary> {
    return this.sources.backend();
  }

  /** The 1,000 held-out MNIST digits (100 per class, grouped by class). */
  heldOutDigits(): Promise<MnistSet> {
    return remember(this.digits, 'test', () => this.sources.digits());
  }

  /** The held-out digits encoded by a pretrained model (μ and log σ²). */
  heldOutCodes(kind: PretrainedKind): Promise<HeldOutCodes> {
    return remember(this.codes, kind, async () => {
      const [model, set] = await Promise.all([this.model(kind), this.heldOutDigits()]);
      const { mean, logVar } = await model.encode(set.images, set.count);
      return { kind, count: set.count, mean, logVar, labels: set.labels };
    });
  }

  /** Reconstruction error (nats, x̂ decoded from μ) of every held-out digit. */
  heldOutReconstructionErrors(kind: PretrainedKind): Promise<Float64Array> {
    return remember(this.reconErrors, kind, async () => {
      const [model, set, c] = await Promise.all([this.model(kind), this.heldOutDigits(), this.heldOutCodes(kind)]);
      return bernoulliNllPerImage(set.images, await model.decode(c.mean, c.count), c.count);
    });
  }

  /** Release the models this library loaded (the deck drops it when the data set changes); later calls load afresh. */
  dispose(): void {
    for (const p of this.models.values()) p.then((m) => m.dispose(), () => {});
    this.models.clear();
    this.codes.clear();
    this.reconErrors.clear();
    this.states.clear();
  }

  /** The pretrained VAE's held-out codes, reconstructions of the first digit of each class, and −ELBO. */
  vaeState(): Promise<PretrainedState> {
    return remember(this.states, 'vae', async (): Promise<PretrainedState> => {
      const [model, set, codes, backend] = await Promise.all([this.model('vae'), this.heldOutDigits(), this.heldOutCodes('vae'), this.backend()]);
      const sampleIndices = firstOfEachDigit(set).filter((i) => i >= 0);
      const means = new Float32Array(sampleIndices.length * 2);
      sampleIndices.forEach((i, k) => means.set(codes.mean.subarray(2 * i, 2 * i + 2), 2 * k));
      const reconstructions = await model.decode(means, sampleIndices.length);
      const negElbo = await heldOutNegElbo(model, set, codes.mean, codes.logVar);
      const architecture = [784, ...model.hidden, model.latentDim];
      return {
        latentMeans: codes.mean,
        labels: set.labels,
        reconstructions,
        sampleIndices,
        heldOutNegElbo: negElbo,
        heldOutKl: meanKl(codes.mean, codes.logVar, set.count),
        backend,
        architecture,
      };
    });
  }
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
