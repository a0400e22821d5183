import { describe, expect, it } from 'vitest';
import { klIntegrand, klNormal, klToStandardNormal, klToStandardNormalSum } from '../../../src/math/kl.ts';
import { simpson } from '../../../src/math/integrate.ts';

/** KL(p‖q) by integrating p·log(p/q) over p's support (±14 σ covers all of its mass). */
function klNumerical(mu1: number, s1: number, mu2: number, s2: number): number {
  return simpson((x) => klIntegrand(x, mu1, s1, mu2, s2), mu1 - 14 * s1, mu1 + 14 * s1, 4000);
}

describe('klNormal', () => {
  it('klNormal(0, 1, 0, 1) is 0', () => {
    expect(klNormal(0, 1, 0, 1)).toBe(0);
  });

  it('KL(p‖p) is 0 for any p', () => {
    for (const [m, s] of [[3, 0.2], [-5, 4], [0.1, 1e-3]]) expect(klNormal(m, s, m, s)).toBeCloseTo(0, 14);
  });

  it('matches known values', () => {
    // KL(N(0,1) ‖ N(1,1)) = ½; KL(N(0,1) ‖ N(0,2²)) = log 2 + 1/8 − ½.
    expect(klNormal(0, 1, 1, 1)).toBeCloseTo(0.5, 15);
    expect(klNormal(0, 1, 0, 2)).toBeCloseTo(Math.log(2) + 0.125 - 0.5, 15);
  });

  it('matches numerical integration of p·log(p/q) over a grid of parameters', () => {
    let checked = 0;
    for (const mu1 of [-2, 0, 1.5]) {
      for (const s1 of [0.3, 1, 2.5]) {
        for (const mu2 of [-1, 0, 2]) {
          for (const s2 of [0.5, 1, 3]) {
            const closed = klNormal(mu1, s1, mu2, s2);
            expect(klNumerical(mu1, s1, mu2, s2)).toBeCloseTo(closed, 6);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(81);
  });

  it('is ≥ 0 everywhere and not symmetric', () => {
    for (const mu1 of [-3, 0, 2]) for (const s1 of [0.1, 1, 5]) for (const mu2 of [-1, 4]) for (const s2 of [0.2, 2]) {
      expect(klNormal(mu1, s1, mu2, s2)).toBeGreaterThanOrEqual(0);
    }
    const pq = klNormal(0, 1, 1, 2);
    const qp = klNormal(1, 2, 0, 1);
    expect(pq).toBeCloseTo(0.4431471805599453, 12);
    expect(qp).toBeCloseTo(1.3068528194400546, 12);
    expect(Math.abs(pq - qp)).toBeGreaterThan(0.5);
  });

  it('stays finite for σ → 0 and huge μ', () => {
    for (const v of [klNormal(0, 1e-9, 0, 1), klNormal(0, 1, 0, 1e-9), klNormal(1e6, 1, -1e6, 1), klNormal(0, 1e6, 0, 1e-3)]) {
      expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('rejects σ ≤ 0 with a message naming the problem', () => {
    expect(() => klNormal(0, 0, 0, 1)).toThrow(/standard deviations must be positive/);
    expect(() => klNormal(0, 1, 0, -2)).toThrow(/standard deviations/);
  });
});

describe('klToStandardNormal', () => {
  it('klToStandardNormal(0, 0) is 0 (q already is N(0, 1))', () => {
    expect(klToStandardNormal(0, 0)).toBe(0);
  });

  it('equals klNormal(μ, σ, 0, 1) with σ = e^{logVar/2}', () => {
    for (const mu of [-2, 0, 0.7, 3]) for (const lv of [-4, -1, 0, 1.5]) {
      expect(klToStandardNormal(mu, lv)).toBeCloseTo(klNormal(mu, Math.exp(lv / 2), 0, 1), 12);
    }
  });

  it('grows with μ² / 2 when σ = 1', () => {
    expect(klToStandardNormal(2, 0)).toBeCloseTo(2, 15);
  });

  it('sums over the latent dimensions', () => {
    expect(klToStandardNormalSum([0, 1, -2], [0, 0, Math.log(0.25)])).toBeCloseTo(
      klToStandardNormal(1, 0) + klToStandardNormal(-2, Math.log(0.25)),
      14,
    );
    expect(klToStandardNormalSum([], [])).toBe(0);
    expect(() => klToStandardNormalSum([0, 1], [0])).toThrow(/2 dimensions but logVar has 1/);
  });

  it('stays finite for very small variances and rejects non-finite input', () => {
    expect(Number.isFinite(klToStandardNormal(0, -300))).toBe(true);
    expect(() => klToStandardNormal(Number.NaN, 0)).toThrow(/must be finite/);
  });
});

describe('klIntegrand', () => {
  it('is 0 where p underflows, and negative where q > p', () => {
    expect(klIntegrand(60, 0, 1, 0, 1)).toBe(0);
    expect(klIntegrand(2, 0, 1, 2, 1)).toBeLessThan(0);
    expect(klIntegrand(-1, 0, 1, 2, 1)).toBeGreaterThan(0);
  });
});
