/**
 * The held-out −ELBO of a model known only through encode/decode (the pretrained LatentModel), in plain
 * numbers: one seeded z = μ + σ·ε per image, Bernoulli reconstruction term plus the closed-form KL.
 * The ε stream is the one src/model/evaluate.ts draws (mulberry32(seed), in image order), so the figure is
 * the same estimate as the live training snapshots'.
 */
import type { MnistSet } from '../data/mnist.ts';
import { mulberry32, normalSampler } from '../math/random.ts';

/** Pixel probabilities are clamped to [ε, 1 − ε] before taking logs (float32 sigmoids can reach 0 or 1). */
const P_EPS = 1e-7;

/** −log p(x|z) per image: Σ_pixels −[x·log p + (1 − x)·log(1 − p)], in nats, for n images of `size` pixels. */
export function bcePerImage(x: ArrayLike<number>, p: ArrayLike<number>, n: number, size = 784): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = i * size; j < (i + 1) * size; j++) {
      const q = Math.min(1 - P_EPS, Math.max(P_EPS, p[j]));
      s -= x[j] * Math.log(q) + (1 - x[j]) * Math.log(1 - q);
    }
    out[i] = s;
  }
  return out;
}

/** KL(N(μ, diag σ²) ‖ N(0, I)) per image: −½ Σ_j (1 + log σ²_j − μ²_j − σ²_j). */
export function klPerImage(mean: ArrayLike<number>, logVar: ArrayLike<number>, n: number, latent = 2): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = i * latent; j < (i + 1) * latent; j++) s += 1 + logVar[j] - mean[j] * mean[j] - Math.exp(logVar[j]);
    out[i] = -0.5 * s;
  }
  return out;
}

/** z = μ + σ·ε for every code, with ε drawn from mulberry32(seed) in order (σ = exp(½·log σ²)). */
export function sampleCodes(mean: ArrayLike<number>, logVar: ArrayLike<number>, seed = 0): Float32Array {
  const next = normalSampler(mulberry32(seed));
  const z = new Float32Array(mean.length);
  for (let k = 0; k < mean.length; k++) z[k] = mean[k] + Math.exp(0.5 * logVar[k]) * next();
  return z;
}

/** Mean −ELBO (nats per image) of a set, from its codes and a decoder; a plain AE (no logVar) uses z = μ and KL 0. */
export async function heldOutNegElbo(
  model: { decode(z: Float32Array, n: number): Promise<Float32Array> },
  set: MnistSet,
  mean: Float32Array,
  logVar: Float32Array | null,
  seed = 0,
): Promise<number> {
  const n = set.count;
  const latent = mean.length / n;
  const z = logVar ? sampleCodes(mean, logVar, seed) : mean;
  const p = await model.decode(z, n);
  const recon = bcePerImage(set.images, p, n);
  const kl = logVar ? klPerImage(mean, logVar, n, latent) : new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += recon[i] + kl[i];
  return sum / n;
}
