/**
 * The inference API the slides use: the committed VAE/AE weights (public/models/<kind>-<dataset>) behind plain
 * Float32Array in / Float32Array out methods. One shared copy per kind and base URL (reference-counted).
 * Call initBackend() (backend.browser.ts) first in the browser; this module only uses the current backend.
 */
import * as tf from '@tensorflow/tfjs';
import { INPUT_DIM, type AutoencoderNet, type ModelKind } from './autoencoder.ts';
import { loadNet, type ReadBytes } from './loadNet.ts';
import { modelLoadError } from './modelLoadError.ts';
import type { DatasetId } from '../data/datasets.ts';

export { ModelLoadError } from './modelLoadError.ts';

/** A pretrained encoder/decoder behind typed arrays; safe to share between slides. */
export interface LatentModel {
  kind: 'vae' | 'ae';
  latentDim: number;
  /** Widths of the encoder's hidden layers (the decoder mirrors them). */
  hidden: readonly number[];
  /** Encode n images (n·784 intensities in [0, 1]): means n·latent, log-variances n·latent (null for the AE). */
  encode(x: Float32Array, n: number): Promise<{ mean: Float32Array; logVar: Float32Array | null }>;
  /** Decode n codes (n·latent) into n·784 pixel probabilities in [0, 1]. */
  decode(z: Float32Array, n: number): Promise<Float32Array>;
  /** Release this handle; the weights are freed when the last handle is disposed. */
  dispose(): void;
}

/** fetch() as a ReadBytes, rejecting with the HTTP status (e.g. "404 not found") when the file is missing. */
export const fetchBytes: ReadBytes = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}${res.status === 404 ? ' (404 not found)' : ''}`);
  return new Uint8Array(await res.arrayBuffer());
};

/**
 * fetch() as a ReadBytes that gives up after `ms` (headers and body together): a stalled or very slow server
 * becomes a ModelLoadError naming the file instead of a slide that waits for ever.
 */
export function fetchBytesWithin(ms: number): ReadBytes {
  return async (url) => {
    const signal = AbortSignal.timeout(ms);
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}${res.status === 404 ? ' (404 not found)' : ''}`);
      return new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      if (!signal.aborted) throw err;
      const s = Math.round(ms / 100) / 10;
      throw modelLoadError(
        url,
        `no complete answer from the server after ${s} s (slow or stalled network). Try again.`,
        `pas de réponse complète du serveur après ${s.toLocaleString('fr-FR')}\u00a0s (réseau lent ou bloqué). Réessayez.`,
        err,
      );
    }
  };
}

interface Shared {
  net: Promise<AutoencoderNet>;
  refs: number;
}
const shared = new Map<string, Shared>();

function checkLength(what: string, arr: Float32Array, n: number, width: number): void {
  if (!(Number.isInteger(n) && n >= 0) || arr.length !== n * width) {
    throw new Error(`${what}: expected n·${width} = ${n * width} values for n = ${n}, got ${arr.length}`);
  }
}

/** Wrap a fast net as a LatentModel (tensors are created and freed inside each call). */
export function latentModelOf(net: AutoencoderNet, release: () => void = () => net.dispose()): LatentModel {
  let disposed = false;
  const latentDim = net.config.latentDim;
  const alive = () => {
    if (disposed) throw new Error(`the ${net.kind.toUpperCase()} model handle was disposed`);
  };
  return {
    kind: net.kind,
    latentDim,
    hidden: [...net.config.hidden],
    async encode(x, n) {
      alive();
      checkLength('encode', x, n, INPUT_DIM);
      const [mean, logVar = null] = tf.tidy(() => {
        const out = net.encode(tf.tensor2d(x, [n, INPUT_DIM]));
        return out.logVar ? [out.mean, out.logVar] : [out.mean];
      });
      try {
        return { mean: (await mean.data()) as Float32Array, logVar: logVar ? ((await logVar.data()) as Float32Array) : null };
      } finally {
        mean.dispose();
        logVar?.dispose();
      }
    },
    async decode(z, n) {
      alive();
      checkLength('decode', z, n, latentDim);
      const p = tf.tidy(() => net.decode(tf.tensor2d(z, [n, latentDim])));
      try {
        return (await p.data()) as Float32Array;
      } finally {
        p.dispose();
      }
    },
    dispose() {
      if (!disposed) {
        disposed = true;
        release();
      }
    },
  };
}

/**
 * Load the pretrained VAE or AE from `<baseUrl><kind>-<dataset>/{encoder,decoder}/model.json` (tfjs Layers format).
 * A missing or corrupt file rejects with a ModelLoadError whose `localized` message is fit for the screen.
 */
export async function loadPretrained(kind: ModelKind, baseUrl = 'models/', read: ReadBytes = fetchBytes, dataset: DatasetId = 'mnist'): Promise<LatentModel> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const key = `${kind}-${dataset}@${base}`;
  let entry = shared.get(key);
  if (!entry) {
    const created: Shared = { net: tf.ready().then(() => loadNet(kind, `${base}${kind}-${dataset}`, read)), refs: 0 };
    created.net.catch(() => {
      if (shared.get(key) === created) shared.delete(key);
    });
    shared.set(key, created);
    entry = created;
  }
  const current = entry;
  current.refs++;
  let net: AutoencoderNet;
  try {
    net = await current.net;
  } catch (err) {
    current.refs--;
    throw err;
  }
  return latentModelOf(net, () => {
    current.refs--;
    if (current.refs === 0) {
      if (shared.get(key) === current) shared.delete(key);
      net.dispose();
    }
  });
}
