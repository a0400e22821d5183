/** The 1-D normal distribution N(μ, σ²): density, log-density, cdf (via an accurate erf/erfc) and quantile. */

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

function checkSigma(sigma: number, fn: string): void {
  if (!(sigma > 0) || !Number.isFinite(sigma)) {
    throw new RangeError(`${fn}: sigma must be a positive finite number, got ${sigma}`);
  }
}

/** Density of N(mu, sigma²) at x: exp(−(x−μ)²/(2σ²)) / (σ√(2π)). */
export function normalPdf(x: number, mu = 0, sigma = 1): number {
  checkSigma(sigma, 'normalPdf');
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * SQRT_2PI);
}

/** Log-density of N(mu, sigma²) at x (finite where the density itself underflows to 0). */
export function normalLogPdf(x: number, mu = 0, sigma = 1): number {
  checkSigma(sigma, 'normalLogPdf');
  const z = (x - mu) / sigma;
  return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI;
}

/** erf(x) by its all-positive power series, exact to ~1e-16 for |x| < 2.5. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** erfc(x) for x ≥ 2.5 by its continued fraction, evaluated backwards (relative error ~1e-15). */
function erfcContinuedFraction(x: number): number {
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  let f = x;
  for (let n = 80; n >= 1; n--) f = x + n / 2 / f;
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** The error function erf(x) = 2/√π ∫₀ˣ e^{−t²} dt (absolute error < 1e-15). */
export function erf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('erf: x is NaN');
  if (x < 0) return -erf(-x);
  return x < 2.5 ? erfSeries(x) : 1 - erfcContinuedFraction(x);
}

/** The complementary error function erfc(x) = 1 − erf(x), accurate in the far tail (relative error ~1e-14). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('erfc: x is NaN');
  if (x < 0) return 2 - erfc(-x);
  if (x > 27) return 0; // below the smallest double
  return x < 2.5 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** Cumulative distribution of N(mu, sigma²): P(X ≤ x) = ½·erfc(−(x−μ)/(σ√2)). */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  checkSigma(sigma, 'normalCdf');
  return 0.5 * erfc(-(x - mu) / (sigma * SQRT2));
}

// Acklam's rational approximation of the standard normal quantile (relative error 1.15e-9).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > 1 - P_LOW) return -acklam(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** Quantile (inverse cdf) of N(mu, sigma²): the x with P(X ≤ x) = p. Acklam + one Halley step (error < 1e-12). */
export function normalQuantile(p: number, mu = 0, sigma = 1): number {
  checkSigma(sigma, 'normalQuantile');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x = acklam(p);
  // One Halley refinement against the accurate cdf: x ← x − u/(1 + x·u/2), u = (Φ(x) − p)·√(2π)·e^{x²/2}.
  const e = (p < 0.5 ? 0.5 * erfc(-x / SQRT2) - p : -(0.5 * erfc(x / SQRT2) - (1 - p)));
  const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
  if (Number.isFinite(u)) x = x - u / (1 + 0.5 * x * u);
  return mu + sigma * x;
}

/** Log-density of a diagonal n-D Gaussian N(μ, diag σ²): the sum of the n 1-D log-densities. */
export function diagonalNormalLogPdf(x: ArrayLike<number>, mu: ArrayLike<number>, sigma: ArrayLike<number>): number {
  if (x.length !== mu.length || x.length !== sigma.length) {
    throw new RangeError(`diagonalNormalLogPdf: lengths differ (x ${x.length}, mu ${mu.length}, sigma ${sigma.length})`);
  }
  let s = 0;
  for (let i = 0; i < x.length; i++) s += normalLogPdf(x[i], mu[i], sigma[i]);
  return s;
}
