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
  /**
   * One image in one round trip: encode x, decode μ and (VAE) the k codes z = μ + σ·ε (ε: k·latent normals), read back
   * together. `decoded` holds 1 + k images (1 for the AE); what the drawing pads call on every pointer move.
   */
  encodeDecode(x: Float32Array, eps: Float32Array, k: number): Promise<{ mean: Float32Array; logVar: Float32Array | null; decoded: Float32Array }>;
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
      // one read-back per call: μ and log σ² stacked ([2n, d]) cost one GPU round trip instead of two
      let hasLogVar = false;
      const out = tf.tidy(() => {
        const e = net.encode(tf.tensor2d(x, [n, INPUT_DIM]));
        hasLogVar = e.logVar != null;
        return e.logVar ? tf.concat([e.mean, e.logVar], 0) : e.mean;
      });
      try {
        const values = (await out.data()) as Float32Array;
        const m = n * latentDim;
        return hasLogVar ? { mean: values.slice(0, m), logVar: values.slice(m, 2 * m) } : { mean: values, logVar: null };
      } finally {
        out.dispose();
      }
    },
    async encodeDecode(x, eps, k) {
      alive();
      checkLength('encodeDecode', x, 1, INPUT_DIM);
      let hasLogVar = false;
      const packed = tf.tidy(() => {
        const e = net.encode(tf.tensor2d(x, [1, INPUT_DIM]));
        hasLogVar = e.logVar != null;
        // z = μ + σ·ε for the k samples, decoded in the same batch as μ itself
        const codes = e.logVar && k > 0 ? tf.concat([e.mean, e.mean.add(e.logVar.mul(0.5).exp().mul(tf.tensor2d(eps, [k, latentDim]))) as tf.Tensor2D], 0) : e.mean;
        const parts = [e.mean.flatten(), ...(e.logVar ? [e.logVar.flatten()] : []), net.decode(codes).flatten()];
        return tf.concat(parts);
      });
      try {
        const v = (await packed.data()) as Float32Array;
        const d = latentDim;
        return hasLogVar
          ? { mean: v.slice(0, d), logVar: v.slice(d, 2 * d), decoded: v.slice(2 * d) }
          : { mean: v.slice(0, d), logVar: null, decoded: v.slice(d) };
      } finally {
        packed.dispose();
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
