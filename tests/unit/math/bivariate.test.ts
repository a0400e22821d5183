import { describe, expect, it } from 'vitest';
import {
  RHO_LIMIT,
  SIGMA_MIN,
  cholesky2,
  covariance2,
  det2,
  eigenSym2,
  ellipseMass,
  gaussian2,
  gaussian2Pdf,
  inverse2,
  mahalanobis2,
  sampleGaussian2,
  sigmaEllipse,
} from '../../../src/math/bivariate.ts';
import { simpson2d } from '../../../src/math/integrate.ts';
import { mulberry32 } from '../../../src/math/random.ts';

describe('covariance2', () => {
  it('covariance2(2, 3, 0.5) is [[4, 3], [3, 9]]', () => {
    expect(covariance2(2, 3, 0.5)).toEqual({ xx: 4, xy: 3, yy: 9 });
  });

  it('is positive definite for every slider value, ρ = ±1 and σ = 0 included', () => {
    const sigmas = [0, 1e-9, 0.05, 0.3, 1, 2.5, 4, 100];
    const rhos = [-1, -0.999, -0.99, -0.5, 0, 0.3, 0.95, 0.99, 1, 5];
    for (const s1 of sigmas) for (const s2 of sigmas) for (const rho of rhos) {
      const c = covariance2(s1, s2, rho);
      expect(c.xx).toBeGreaterThan(0);
      expect(det2(c)).toBeGreaterThan(0);
      const l = cholesky2(c);
      expect(Number.isFinite(l.l22) && l.l22 > 0).toBe(true);
    }
  });

  it('clamps ρ inside (−1, 1) and σ to a safe minimum', () => {
    const g = gaussian2({ mu1: 0, mu2: 0, s1: 0, s2: -2, rho: 1 });
    expect(g.params.rho).toBe(RHO_LIMIT);
    expect(g.params.s1).toBe(SIGMA_MIN);
    expect(g.params.s2).toBe(2);
    expect(RHO_LIMIT).toBeLessThan(1);
    expect(() => gaussian2({ mu1: Number.NaN, mu2: 0, s1: 1, s2: 1, rho: 0 })).toThrow(/mu1 is NaN/);
  });
});

describe('2×2 algebra', () => {
  const m = { xx: 4, xy: 1.2, yy: 2.25 };

  it('inverse2 times the matrix is the identity', () => {
    const inv = inverse2(m);
    expect(m.xx * inv.xx + m.xy * inv.xy).toBeCloseTo(1, 14);
    expect(m.xx * inv.xy + m.xy * inv.yy).toBeCloseTo(0, 14);
    expect(m.xy * inv.xy + m.yy * inv.yy).toBeCloseTo(1, 14);
    expect(() => inverse2({ xx: 1, xy: 1, yy: 1 })).toThrow(/singular/);
  });

  it('cholesky2 gives L with L·Lᵀ = Σ', () => {
    const { l11, l21, l22 } = cholesky2(m);
    expect(l11 * l11).toBeCloseTo(m.xx, 14);
    expect(l11 * l21).toBeCloseTo(m.xy, 14);
    expect(l21 * l21 + l22 * l22).toBeCloseTo(m.yy, 14);
    expect(() => cholesky2({ xx: 1, xy: 2, yy: 1 })).toThrow(/not positive definite/);
  });

  it('eigenSym2 values sum to the trace, multiply to the determinant, and the vector is an eigenvector', () => {
    const { values, angle } = eigenSym2(m);
    expect(values[0] + values[1]).toBeCloseTo(m.xx + m.yy, 14);
    expect(values[0] * values[1]).toBeCloseTo(det2(m), 13);
    expect(values[0]).toBeGreaterThanOrEqual(values[1]);
    const v = [Math.cos(angle), Math.sin(angle)];
    expect(m.xx * v[0] + m.xy * v[1]).toBeCloseTo(values[0] * v[0], 13);
    expect(m.xy * v[0] + m.yy * v[1]).toBeCloseTo(values[0] * v[1], 13);
  });
});

describe('gaussian2Pdf', () => {
  it.each([
    [0, 0, 1, 1, 0],
    [1, -0.5, 0.8, 1.5, 0.6],
    [0, 0, 0.5, 2, -0.9],
    [0, 0, 1, 1, 0.99],
  ])('N((%d, %d), σ=(%d, %d), ρ=%d) integrates to 1 on a grid', (mu1, mu2, s1, s2, rho) => {
    const g = gaussian2({ mu1, mu2, s1, s2, rho });
    const total = simpson2d((x, y) => gaussian2Pdf(g, x, y), [mu1 - 9 * s1, mu1 + 9 * s1], [mu2 - 9 * s2, mu2 + 9 * s2], 300);
    expect(total).toBeCloseTo(1, 5);
  });

  it('with ρ = 0 is the product of the two 1-D densities', () => {
    const g = gaussian2({ mu1: 1, mu2: 2, s1: 0.5, s2: 3, rho: 0 });
    const n = (x: number, m: number, s: number) => Math.exp(-0.5 * ((x - m) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));
    expect(gaussian2Pdf(g, 1.3, -1)).toBeCloseTo(n(1.3, 1, 0.5) * n(-1, 2, 3), 15);
  });

  it('stays finite at the clamped extremes', () => {
    const g = gaussian2({ mu1: 1e6, mu2: -1e6, s1: 0, s2: 0, rho: -1 });
    expect(Number.isFinite(gaussian2Pdf(g, 1e6, -1e6))).toBe(true);
    expect(gaussian2Pdf(g, 0, 0)).toBe(0);
  });
});

describe('sampling and ellipses', () => {
  it('samples have the requested mean, spreads and correlation', () => {
    const g = gaussian2({ mu1: 1, mu2: -2, s1: 2, s2: 0.5, rho: -0.7 });
    const { x, y } = sampleGaussian2(g, 50_000, mulberry32(7));
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(x);
    const my = mean(y);
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < x.length; i++) {
      sxx += (x[i] - mx) ** 2;
      syy += (y[i] - my) ** 2;
      sxy += (x[i] - mx) * (y[i] - my);
    }
    expect(mx).toBeCloseTo(1, 1);
    expect(my).toBeCloseTo(-2, 1);
    expect(Math.sqrt(sxx / x.length)).toBeCloseTo(2, 1);
    expect(Math.sqrt(syy / x.length)).toBeCloseTo(0.5, 1);
    expect(sxy / Math.sqrt(sxx * syy)).toBeCloseTo(-0.7, 1);
  });

  it('the same seed gives the same samples', () => {
    const g = gaussian2({ mu1: 0, mu2: 0, s1: 1, s2: 1, rho: 0.3 });
    expect(sampleGaussian2(g, 10, mulberry32(1)).x).toEqual(sampleGaussian2(g, 10, mulberry32(1)).x);
  });

  it('every point of the k-σ ellipse is at Mahalanobis distance k', () => {
    const g = gaussian2({ mu1: 0.5, mu2: 1, s1: 1.5, s2: 0.7, rho: 0.8 });
    for (const k of [1, 2, 3]) {
      const pts = sigmaEllipse(g, k, 48);
      expect(pts).toHaveLength(49);
      for (const [x, y] of pts) expect(Math.sqrt(mahalanobis2(g, x, y))).toBeCloseTo(k, 10);
    }
  });

  it('the share of samples inside the k-σ ellipse is 1 − e^{−k²/2}', () => {
    const g = gaussian2({ mu1: 0, mu2: 0, s1: 1, s2: 2, rho: 0.5 });
    const { x, y } = sampleGaussian2(g, 40_000, mulberry32(3));
    for (const k of [1, 2, 3]) {
      let inside = 0;
      for (let i = 0; i < x.length; i++) if (mahalanobis2(g, x[i], y[i]) <= k * k) inside++;
      expect(inside / x.length).toBeCloseTo(ellipseMass(k), 2);
    }
    expect(ellipseMass(1)).toBeCloseTo(0.3934693402873666, 15);
  });
});
