/** The 2-D normal distribution N(μ, Σ) built from (μ₁, μ₂, σ₁, σ₂, ρ): covariance algebra, density, sampling, σ-ellipses. */

import { normalSampler, type Rng } from './random.ts';

/** |ρ| is kept at or below this so that Σ stays positive definite (det > 0). */
export const RHO_LIMIT = 0.99;
/** Standard deviations are kept at or above this so that nothing divides by zero. */
export const SIGMA_MIN = 1e-3;

/** A symmetric 2×2 matrix [[xx, xy], [xy, yy]]. */
export interface Sym2 {
  xx: number;
  xy: number;
  yy: number;
}

/** The lower-triangular Cholesky factor L = [[l11, 0], [l21, l22]] with L·Lᵀ = Σ. */
export interface Chol2 {
  l11: number;
  l21: number;
  l22: number;
}

/** Eigen-decomposition of a symmetric 2×2 matrix: values (largest first) and the angle of the first eigenvector. */
export interface Eigen2 {
  values: [number, number];
  /** Angle (radians) of the eigenvector of values[0]; the second is at angle + π/2. */
  angle: number;
}

/** Parameters of a 2-D Gaussian as the sliders give them. */
export interface Gaussian2Params {
  mu1: number;
  mu2: number;
  s1: number;
  s2: number;
  rho: number;
}

/** A 2-D Gaussian with its covariance and the pieces every computation needs, precomputed. */
export interface Gaussian2 {
  /** The clamped parameters actually used. */
  params: Gaussian2Params;
  mean: [number, number];
  cov: Sym2;
  det: number;
  inv: Sym2;
  chol: Chol2;
  eigen: Eigen2;
}

function requireNumber(fn: string, name: string, v: number): void {
  if (Number.isNaN(v)) throw new RangeError(`${fn}: ${name} is NaN`);
}

/** ρ clamped into [−RHO_LIMIT, RHO_LIMIT] (strictly inside (−1, 1)). */
export function clampRho(rho: number): number {
  requireNumber('clampRho', 'rho', rho);
  return Math.min(RHO_LIMIT, Math.max(-RHO_LIMIT, rho));
}

/** σ clamped into [SIGMA_MIN, 1e6] (|σ| is used, so a negative slider value cannot flip the sign). */
export function clampSigma(sigma: number): number {
  requireNumber('clampSigma', 'sigma', sigma);
  return Math.min(1e6, Math.max(SIGMA_MIN, Math.abs(sigma)));
}

/** Covariance matrix Σ = [[σ₁², ρσ₁σ₂], [ρσ₁σ₂, σ₂²]] (σ and ρ clamped: always positive definite). */
export function covariance2(s1: number, s2: number, rho: number): Sym2 {
  const a = clampSigma(s1);
  const b = clampSigma(s2);
  const r = clampRho(rho);
  return { xx: a * a, xy: r * a * b, yy: b * b };
}

/** Determinant of a symmetric 2×2 matrix. */
export function det2(m: Sym2): number {
  return m.xx * m.yy - m.xy * m.xy;
}

/** Inverse of a symmetric 2×2 matrix; throws when it is singular. */
export function inverse2(m: Sym2): Sym2 {
  const d = det2(m);
  if (!(Math.abs(d) > 0) || !Number.isFinite(d)) throw new RangeError(`inverse2: matrix is singular (det = ${d})`);
  return { xx: m.yy / d, xy: -m.xy / d, yy: m.xx / d };
}

/** Cholesky factor of a positive definite symmetric 2×2 matrix; throws when it is not positive definite. */
export function cholesky2(m: Sym2): Chol2 {
  if (!(m.xx > 0)) throw new RangeError(`cholesky2: matrix is not positive definite (xx = ${m.xx})`);
  const l11 = Math.sqrt(m.xx);
  const l21 = m.xy / l11;
  const rest = m.yy - l21 * l21;
  if (!(rest > 0)) throw new RangeError(`cholesky2: matrix is not positive definite (det = ${det2(m)})`);
  return { l11, l21, l22: Math.sqrt(rest) };
}

/** Eigenvalues (largest first) and principal direction of a symmetric 2×2 matrix. */
export function eigenSym2(m: Sym2): Eigen2 {
  const mean = (m.xx + m.yy) / 2;
  const half = (m.xx - m.yy) / 2;
  const r = Math.hypot(half, m.xy);
  return { values: [mean + r, mean - r], angle: 0.5 * Math.atan2(2 * m.xy, m.xx - m.yy) };
}

/** Build a 2-D Gaussian from slider parameters (σ and ρ clamped, so it is always valid). */
export function gaussian2(p: Gaussian2Params): Gaussian2 {
  requireNumber('gaussian2', 'mu1', p.mu1);
  requireNumber('gaussian2', 'mu2', p.mu2);
  const params = { mu1: p.mu1, mu2: p.mu2, s1: clampSigma(p.s1), s2: clampSigma(p.s2), rho: clampRho(p.rho) };
  const cov = covariance2(params.s1, params.s2, params.rho);
  return {
    params,
    mean: [params.mu1, params.mu2],
    cov,
    det: det2(cov),
    inv: inverse2(cov),
    chol: cholesky2(cov),
    eigen: eigenSym2(cov),
  };
}

/** Squared Mahalanobis distance (x − μ)ᵀ Σ⁻¹ (x − μ). */
export function mahalanobis2(g: Gaussian2, x: number, y: number): number {
  const dx = x - g.mean[0];
  const dy = y - g.mean[1];
  return g.inv.xx * dx * dx + 2 * g.inv.xy * dx * dy + g.inv.yy * dy * dy;
}

/** Density of the 2-D Gaussian at (x, y): exp(−½·d²) / (2π·√det Σ). */
export function gaussian2Pdf(g: Gaussian2, x: number, y: number): number {
  return Math.exp(-0.5 * mahalanobis2(g, x, y)) / (2 * Math.PI * Math.sqrt(g.det));
}

/** Map standard normal draws (e1, e2) to the Gaussian: (x, y) = μ + L·ε. Reusing ε keeps the cloud stable while sliders move. */
export function transformStandard2(g: Gaussian2, e1: ArrayLike<number>, e2: ArrayLike<number>): { x: Float64Array; y: Float64Array } {
  const n = Math.min(e1.length, e2.length);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const { l11, l21, l22 } = g.chol;
  for (let i = 0; i < n; i++) {
    x[i] = g.mean[0] + l11 * e1[i];
    y[i] = g.mean[1] + l21 * e1[i] + l22 * e2[i];
  }
  return { x, y };
}

/** Draw n samples from the 2-D Gaussian with a seeded uniform source. */
export function sampleGaussian2(g: Gaussian2, n: number, rng: Rng): { x: Float64Array; y: Float64Array } {
  const next = normalSampler(rng);
  const e1 = new Float64Array(n);
  const e2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    e1[i] = next();
    e2[i] = next();
  }
  return transformStandard2(g, e1, e2);
}

/** Points of the k-σ ellipse {x : (x − μ)ᵀ Σ⁻¹ (x − μ) = k²}, from the eigen-decomposition (closed: last = first). */
export function sigmaEllipse(g: Gaussian2, k: number, n = 96): Array<[number, number]> {
  const { values, angle } = g.eigen;
  const a = k * Math.sqrt(Math.max(0, values[0]));
  const b = k * Math.sqrt(Math.max(0, values[1]));
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const pts: Array<[number, number]> = [];
  for (let i = 0; i <= n; i++) {
    const t = (2 * Math.PI * i) / n;
    const u = a * Math.cos(t);
    const v = b * Math.sin(t);
    pts.push([g.mean[0] + c * u - s * v, g.mean[1] + s * u + c * v]);
  }
  return pts;
}

/** Probability mass inside the k-σ ellipse of any 2-D Gaussian: 1 − e^{−k²/2} (39 %, 86 %, 98.9 % for k = 1, 2, 3). */
export function ellipseMass(k: number): number {
  return 1 - Math.exp(-0.5 * k * k);
}
