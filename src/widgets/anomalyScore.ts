/** Pure helpers of the anomaly-detection demo: the reconstruction error and the odd inputs it should flag. */
import { mulberry32 } from '../math/random.ts';
import { bernoulliNllPerImage } from '../math/vae.ts';

const SIDE = 28;
const PIXELS = SIDE * SIDE;

/**
 * Reconstruction error of each of n images in nats: the Bernoulli negative log-likelihood summed over the 784
 * pixels, −Σ [x·log x̂ + (1−x)·log(1−x̂)], with x̂ clamped to [ε, 1 − ε] (PROBABILITY_EPS) so it stays finite.
 */
export function reconstructionError(x: Float32Array, xHat: Float32Array, n: number): Float64Array {
  return bernoulliNllPerImage(x, xHat, n, PIXELS);
}

/** The photographic negative of an image (1 − x). */
export function invertImage(img: ArrayLike<number>): Float32Array {
  const out = new Float32Array(PIXELS);
  for (let p = 0; p < PIXELS; p++) out[p] = 1 - img[p];
  return out;
}

/** An image moved by (dx, dy) pixels (right, down); what leaves the frame is lost, what enters is blank. */
export function shiftImage(img: ArrayLike<number>, dx: number, dy: number): Float32Array {
  const out = new Float32Array(PIXELS);
  for (let r = 0; r < SIDE; r++) {
    for (let c = 0; c < SIDE; c++) {
      const sr = r - dy;
      const sc = c - dx;
      if (sr >= 0 && sr < SIDE && sc >= 0 && sc < SIDE) out[r * SIDE + c] = img[sr * SIDE + sc];
    }
  }
  return out;
}

/** An image of uniform noise in [0, 1] (seeded). */
export function noiseImage(seed: number): Float32Array {
  const rng = mulberry32(seed);
  const out = new Float32Array(PIXELS);
  for (let p = 0; p < PIXELS; p++) out[p] = rng();
  return out;
}

/** The p-quantile (0 ≤ p ≤ 1) of the finite values, nearest rank; NaN when there is none. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const v = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
}

/** A logarithmic bar scale: the decades [10^lo, 10^hi] that hold every positive finite value (at least one decade). */
export function logDecades(values: ArrayLike<number>): { lo: number; hi: number } {
  const v = Array.from(values).filter((x) => Number.isFinite(x) && x > 0);
  if (v.length === 0) return { lo: 0, hi: 1 };
  const lo = Math.floor(Math.log10(Math.min(...v)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...v))));
  return { lo, hi };
}

/** Where `value` sits on the log scale `scale`, as a fraction in [0, 1] (values outside the scale are clamped). */
export function logFraction(value: number, scale: { lo: number; hi: number }): number {
  if (!(value > 0) || !Number.isFinite(value)) return value === Infinity ? 1 : 0;
  const f = (Math.log10(value) - scale.lo) / (scale.hi - scale.lo);
  return Math.min(1, Math.max(0, f));
}
