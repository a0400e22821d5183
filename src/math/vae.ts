/**
 * The VAE's objective in plain numbers (no tensors): what the slides and widgets compute on the outputs of a model.
 * The tensor versions used in training live in src/model/loss.ts under distinct names.
 */
import { mulberry32, normalSampler } from './random.ts';

/** Pixel probabilities are clamped to [ε, 1 − ε] before taking logs (float32 sigmoids can reach 0 or 1). */
export const PROBABILITY_EPS = 1e-7;

/**
 * Bernoulli negative log-likelihood −log p(x|z) of each of n images, in nats: Σ_pixels −[x·log p + (1 − x)·log(1 − p)]
 * (the binary cross-entropy summed over the `size` pixels), for targets x ∈ [0, 1] and decoded probabilities p.
 */
export function bernoulliNllPerImage(x: ArrayLike<number>, p: ArrayLike<number>, n: number, size = 784): Float64Array {
  if (x.length < n * size || p.length < n * size) {
    throw new RangeError(`bernoulliNllPerImage: expected ${n}·${size} values, got ${x.length} and ${p.length}`);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = i * size; j < (i + 1) * size; j++) {
      const q = Math.min(1 - PROBABILITY_EPS, Math.max(PROBABILITY_EPS, p[j]));
      s -= x[j] * Math.log(q) + (1 - x[j]) * Math.log(1 - q);
    }
    out[i] = s;
  }
  return out;
}

/** KL(N(μ, diag σ²) ‖ N(0, I)) of each of n codes of `latent` dimensions: −½ Σ_j (1 + log σ²_j − μ²_j − σ²_j). */
export function klToStandardNormalPerImage(mean: ArrayLike<number>, logVar: ArrayLike<number>, n: number, latent = 2): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = i * latent; j < (i + 1) * latent; j++) s += 1 + logVar[j] - mean[j] * mean[j] - Math.exp(logVar[j]);
    out[i] = -0.5 * s;
  }
  return out;
}

/** The reparameterisation z = μ + σ ⊙ ε with σ = exp(½·log σ²), for given draws ε (same length as μ). */
export function reparameterize(mean: ArrayLike<number>, logVar: ArrayLike<number>, eps: ArrayLike<number>): Float32Array {
  const z = new Float32Array(mean.length);
  for (let k = 0; k < mean.length; k++) z[k] = mean[k] + Math.exp(0.5 * logVar[k]) * eps[k];
  return z;
}

/** z = μ + σ ⊙ ε for every code, with ε drawn from mulberry32(seed) in order (the stream src/model/evaluate.ts uses). */
export function sampleCodes(mean: ArrayLike<number>, logVar: ArrayLike<number>, seed = 0): Float32Array {
  const next = normalSampler(mulberry32(seed));
  const eps = new Float32Array(mean.length);
  for (let k = 0; k < eps.length; k++) eps[k] = next();
  return reparameterize(mean, logVar, eps);
}
