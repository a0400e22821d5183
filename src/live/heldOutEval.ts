/**
 * The held-out −ELBO of a model known only through encode/decode (the pretrained LatentModel), in plain
 * numbers: one seeded z = μ + σ·ε per image, Bernoulli reconstruction term plus the closed-form KL (src/math/vae.ts).
 * The ε stream is the one src/model/evaluate.ts draws (mulberry32(seed), in image order), so the figure is
 * the same estimate as the live training snapshots'.
 */
import type { MnistSet } from '../data/mnist.ts';
import { bernoulliNllPerImage, klToStandardNormalPerImage, sampleCodes } from '../math/vae.ts';

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
  const recon = bernoulliNllPerImage(set.images, p, n);
  const kl = logVar ? klToStandardNormalPerImage(mean, logVar, n, latent) : new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += recon[i] + kl[i];
  return sum / n;
}

/** Mean KL(q(z|x) ‖ N(0, I)) over n codes (the part of the −ELBO that is not reconstruction); 0 for a plain AE. */
export function meanKl(mean: Float32Array, logVar: Float32Array | null, n: number): number {
  if (!logVar || n === 0) return 0;
  return klToStandardNormalPerImage(mean, logVar, n, mean.length / n).reduce((a, b) => a + b, 0) / n;
}
