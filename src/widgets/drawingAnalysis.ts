/**
 * What a model makes of one preprocessed drawing, in plain numbers: q(z|x) = N(μ, σ²), the reconstruction from μ,
 * a few decoded samples z ~ q(z|x), and the −ELBO = E_q[−log p(x|z)] + KL(q(z|x) ‖ N(0, I)) in nats.
 * The model is abstract (pretrained in the page, or live in the worker): anything with encode and decode.
 */
import { bernoulliNllPerImage, klToStandardNormalPerImage, reparameterize } from '../math/vae.ts';
import { mulberry32, normalSampler } from '../math/random.ts';

/** An encoder/decoder behind typed arrays (the pretrained LatentModel fits; so does a worker client). */
export interface DrawingModel {
  /** Means n·2 and log-variances n·2 (null for a plain autoencoder) of n images (n·784). */
  encode(x: Float32Array, n: number): Promise<{ mean: Float32Array; logVar: Float32Array | null }>;
  /** n codes (n·2) → n·784 pixel probabilities. */
  decode(z: Float32Array, n: number): Promise<Float32Array>;
  /** Optional: encode one image and decode μ and μ + σ·ε (k·2 normals) in one round trip (the pretrained model in the page). */
  encodeDecode?(x: Float32Array, eps: Float32Array, k: number): Promise<{ mean: Float32Array; logVar: Float32Array | null; decoded: Float32Array }>;
}

/** The model's reading of one drawing. */
export interface DrawingAnalysis {
  mean: [number, number];
  /** σ of q(z|x) per axis; null for a plain autoencoder (no distribution). */
  sigma: [number, number] | null;
  /** decode(μ): 784 probabilities. */
  reconstruction: Float32Array;
  /** The sampled codes z ~ q(z|x) (k·2) and their decodings (k·784); empty for an autoencoder. */
  sampleCodes: Float32Array;
  samples: Float32Array;
  /** −log p(x|z) in nats: averaged over the samples (VAE), or at μ (AE). */
  recon: number;
  /** KL(q(z|x) ‖ N(0, I)) in nats; null for an autoencoder. */
  kl: number | null;
  /** recon + KL in nats; null for an autoencoder. */
  negElbo: number | null;
}

const PIXELS = 784;

/**
 * Encode one 28×28 image, decode μ and `samples` codes z = μ + σ·ε (ε from a fixed seed, so the samples do not
 * flicker while the drawing grows) in one decode call, and score the drawing.
 */
export async function analyseDrawing(model: DrawingModel, image: Float32Array, opts: { samples?: number; seed?: number } = {}): Promise<DrawingAnalysis> {
  if (image.length !== PIXELS) throw new RangeError(`analyseDrawing: expected 784 pixels, got ${image.length}`);
  const k0 = Math.max(0, Math.floor(opts.samples ?? 4));
  const eps = standardNormals(2 * k0, opts.seed ?? 0); // the ε sampleCodes draws from the same seed
  let mean: Float32Array;
  let logVar: Float32Array | null;
  let decoded: Float32Array;
  if (model.encodeDecode) {
    ({ mean, logVar, decoded } = await model.encodeDecode(image, eps, k0));
  } else {
    ({ mean, logVar } = await model.encode(image, 1));
    const codes = new Float32Array(2 * (1 + (logVar ? k0 : 0)));
    codes.set(mean.subarray(0, 2));
    if (logVar) codes.set(reparameterize(repeat(mean, k0), repeat(logVar, k0), eps), 2);
    decoded = await model.decode(codes, codes.length / 2);
  }
  const mu: [number, number] = [mean[0], mean[1]];
  if (!mu.every(Number.isFinite)) throw new Error('analyseDrawing: the encoder returned a non-finite code');
  const k = logVar ? k0 : 0;
  const zs = logVar ? reparameterize(repeat(mean, k), repeat(logVar, k), eps) : new Float32Array(0);
  const reconstruction = decoded.slice(0, PIXELS);
  const samples = decoded.slice(PIXELS);
  if (!logVar) {
    const recon = bernoulliNllPerImage(image, reconstruction, 1)[0];
    return { mean: mu, sigma: null, reconstruction, sampleCodes: zs, samples, recon, kl: null, negElbo: null };
  }
  const nll = k > 0 ? bernoulliNllPerImage(repeat(image, k), samples, k) : bernoulliNllPerImage(image, reconstruction, 1);
  const recon = nll.reduce((a, b) => a + b, 0) / nll.length;
  const kl = klToStandardNormalPerImage(mean, logVar, 1)[0];
  const sigma: [number, number] = [Math.exp(0.5 * logVar[0]), Math.exp(0.5 * logVar[1])];
  return { mean: mu, sigma, reconstruction, sampleCodes: zs, samples, recon, kl, negElbo: recon + kl };
}

/** n standard normal draws from mulberry32(seed), in order (as sampleCodes draws its ε). */
function standardNormals(n: number, seed: number): Float32Array {
  const next = normalSampler(mulberry32(seed));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = next();
  return out;
}

/** `k` copies of `v` end to end. */
function repeat(v: Float32Array, k: number): Float32Array {
  const out = new Float32Array(v.length * k);
  for (let i = 0; i < k; i++) out.set(v, i * v.length);
  return out;
}

/** Mean code of each class 0–9 (20 values; NaN for a class without codes). `points` holds x0, y0, x1, y1, … */
export function classCentroids(points: ArrayLike<number>, labels: ArrayLike<number>): Float64Array {
  const sum = new Float64Array(20);
  const count = new Float64Array(10);
  for (let i = 0; i < labels.length; i++) {
    const [x, y, d] = [points[2 * i], points[2 * i + 1], labels[i]];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !(d >= 0 && d < 10)) continue;
    sum[2 * d] += x;
    sum[2 * d + 1] += y;
    count[d]++;
  }
  return sum.map((s, j) => (count[j >> 1] > 0 ? s / count[j >> 1] : NaN));
}

/** The class whose centroid is nearest to z (−1 when no centroid is finite). */
export function nearestClass(centroids: ArrayLike<number>, z: readonly [number, number]): number {
  let best = -1;
  let bestD = Infinity;
  for (let d = 0; d < centroids.length / 2; d++) {
    const dist = (centroids[2 * d] - z[0]) ** 2 + (centroids[2 * d + 1] - z[1]) ** 2;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best;
}
