/** Kullback–Leibler divergences between normal distributions, in nats. */

import { normalLogPdf } from './gaussian.ts';

function checkSigmas(fn: string, ...sigmas: number[]): void {
  for (const s of sigmas) {
    if (!(s > 0) || !Number.isFinite(s)) throw new RangeError(`${fn}: standard deviations must be positive and finite, got ${s}`);
  }
}

/** KL(N(mu1, s1²) ‖ N(mu2, s2²)) = log(s2/s1) + (s1² + (mu1 − mu2)²)/(2·s2²) − ½, in nats. */
export function klNormal(mu1: number, s1: number, mu2: number, s2: number): number {
  checkSigmas('klNormal', s1, s2);
  const r = s1 / s2;
  const d = (mu1 - mu2) / s2;
  // Written with ratios so that tiny or huge σ stay finite; never below 0 (rounding).
  return Math.max(0, 0.5 * (r * r + d * d - 1) - Math.log(r));
}

/** The VAE's KL term for one latent dimension: KL(N(μ, e^{logVar}) ‖ N(0, 1)) = −½(1 + log σ² − μ² − σ²). */
export function klToStandardNormal(mu: number, logVar: number): number {
  if (!Number.isFinite(mu) || !Number.isFinite(logVar)) {
    throw new RangeError(`klToStandardNormal: mu and logVar must be finite, got ${mu}, ${logVar}`);
  }
  return Math.max(0, -0.5 * (1 + logVar - mu * mu - Math.exp(logVar)));
}

/** The VAE's KL term summed over the latent dimensions: Σⱼ −½(1 + log σⱼ² − μⱼ² − σⱼ²). */
export function klToStandardNormalSum(mu: ArrayLike<number>, logVar: ArrayLike<number>): number {
  if (mu.length !== logVar.length) {
    throw new RangeError(`klToStandardNormalSum: mu has ${mu.length} dimensions but logVar has ${logVar.length}`);
  }
  let s = 0;
  for (let i = 0; i < mu.length; i++) s += klToStandardNormal(mu[i], logVar[i]);
  return s;
}

/** The KL integrand p(x)·log(p(x)/q(x)) at x for p = N(mu1, s1²), q = N(mu2, s2²); 0 where p underflows. */
export function klIntegrand(x: number, mu1: number, s1: number, mu2: number, s2: number): number {
  const lp = normalLogPdf(x, mu1, s1);
  const lq = normalLogPdf(x, mu2, s2);
  const p = Math.exp(lp);
  return p === 0 ? 0 : p * (lp - lq);
}
