/** The Keras-style manifold of a 2-D decoder: an n×n grid of codes at Gaussian quantiles of the latent plane. */
import { normalQuantile } from '../math/gaussian.ts';

/** Options of manifoldCodes (defaults: Keras's `norm.ppf(np.linspace(0.05, 0.95, n))`). */
export interface ManifoldOptions {
  /** Lowest and highest cumulative probability covered on each axis. */
  pLow?: number;
  pHigh?: number;
}

/** The n latent values of one axis: quantiles of N(0, 1) at n evenly spaced probabilities in [pLow, pHigh]. */
export function manifoldAxis(n: number, options: ManifoldOptions = {}): number[] {
  const { pLow = 0.05, pHigh = 0.95 } = options;
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`manifoldAxis: n must be an integer ≥ 2, got ${n}`);
  if (!(pLow > 0 && pHigh < 1 && pLow < pHigh)) throw new RangeError(`manifoldAxis: need 0 < pLow < pHigh < 1, got ${pLow}, ${pHigh}`);
  return Array.from({ length: n }, (_, i) => normalQuantile(pLow + ((pHigh - pLow) * i) / (n - 1)));
}

/**
 * The n² codes of the manifold as one batch (z₁, z₂ interleaved), row by row from the top:
 * row r has z₂ = axis[n − 1 − r] (largest at the top), column c has z₁ = axis[c].
 */
export function manifoldCodes(n: number, options: ManifoldOptions = {}): Float32Array {
  const axis = manifoldAxis(n, options);
  const z = new Float32Array(n * n * 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      z[2 * (r * n + c)] = axis[c];
      z[2 * (r * n + c) + 1] = axis[n - 1 - r];
    }
  }
  return z;
}
