import { describe, expect, it } from 'vitest';
import { diagonalNormalLogPdf, erf, erfc, normalCdf, normalLogPdf, normalPdf, normalQuantile } from '../../../src/math/gaussian.ts';
import { simpson } from '../../../src/math/integrate.ts';

describe('normalPdf', () => {
  it('normalPdf(0) is 1/√(2π)', () => {
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });

  it.each([
    [0, 1],
    [3, 0.5],
    [-2, 2.5],
    [10, 0.05],
  ])('N(%d, %d²) integrates to 1', (mu, sigma) => {
    expect(simpson((x) => normalPdf(x, mu, sigma), mu - 12 * sigma, mu + 12 * sigma, 2000)).toBeCloseTo(1, 10);
  });

  it('normalLogPdf is the log of normalPdf, and stays finite where the pdf underflows', () => {
    expect(normalLogPdf(1.3, 0.2, 0.7)).toBeCloseTo(Math.log(normalPdf(1.3, 0.2, 0.7)), 12);
    expect(normalPdf(100, 0, 1)).toBe(0);
    expect(normalLogPdf(100, 0, 1)).toBeCloseTo(-5000 - 0.5 * Math.log(2 * Math.PI), 8);
  });

  it('rejects a non-positive sigma with a message naming it', () => {
    expect(() => normalPdf(0, 0, 0)).toThrow(/sigma/);
    expect(() => normalPdf(0, 0, -1)).toThrow(/sigma/);
    expect(() => normalPdf(0, 0, Number.NaN)).toThrow(/sigma/);
  });

  it('stays finite for tiny sigma and huge mu', () => {
    expect(Number.isFinite(normalPdf(0, 0, 1e-6))).toBe(true);
    expect(normalPdf(1e6, 1e6, 1)).toBeCloseTo(normalPdf(0), 12);
  });
});

describe('erf, erfc, normalCdf', () => {
  it.each([
    [0, 0],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [2.5, 0.9995930479825550],
    [3, 0.9999779095030014],
  ])('erf(%d) = %d', (x, want) => {
    expect(erf(x)).toBeCloseTo(want, 15);
    expect(erf(-x)).toBeCloseTo(-want, 15);
  });

  it('erfc keeps relative accuracy in the tail', () => {
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(5) / 1.537459794428035e-12).toBeCloseTo(1, 12);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497149, 15);
  });

  it('normalCdf matches known values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 12);
    expect(normalCdf(12, 10, 2)).toBeCloseTo(normalCdf(1), 15);
  });

  it('normalCdf gives the 68–95–99.7 rule', () => {
    const within = (k: number) => normalCdf(k) - normalCdf(-k);
    expect(within(1)).toBeCloseTo(0.6826894921370859, 14);
    expect(within(2)).toBeCloseTo(0.9544997361036416, 14);
    expect(within(3)).toBeCloseTo(0.9973002039367398, 14);
  });
});

describe('normalQuantile', () => {
  it('normalQuantile(0.975) is 1.959963984540054', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
    expect(normalQuantile(0.025, 3, 2)).toBeCloseTo(3 - 2 * 1.959963984540054, 11);
  });

  it('inverts normalCdf to 1e-9 across (0, 1), tails included', () => {
    for (const p of [1e-12, 1e-8, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.77, 0.97575, 0.999, 1 - 1e-9]) {
      const x = normalQuantile(p);
      expect(Math.abs(normalCdf(x) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-9);
    }
    for (const x of [-7, -3.3, -1, 0.2, 1.5, 4]) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9);
  });

  it('gives ±Infinity at 0 and 1 and rejects p outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.5)).toThrow(/p must be in \[0, 1\]/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/p must be/);
  });
});

describe('diagonalNormalLogPdf', () => {
  it('is the sum of 1-D log-densities (independent dimensions)', () => {
    const x = [0.5, -1, 2];
    const mu = [0, 0.5, 1];
    const s = [1, 2, 0.5];
    const want = normalLogPdf(0.5, 0, 1) + normalLogPdf(-1, 0.5, 2) + normalLogPdf(2, 1, 0.5);
    expect(diagonalNormalLogPdf(x, mu, s)).toBeCloseTo(want, 14);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => diagonalNormalLogPdf([0, 1], [0], [1, 1])).toThrow(/lengths differ/);
  });
});
