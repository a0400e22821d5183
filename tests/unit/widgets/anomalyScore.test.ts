import { describe, expect, it } from 'vitest';
import { PROBABILITY_EPS } from '../../../src/math/vae.ts';
import { invertImage, logDecades, logFraction, noiseImage, quantile, reconstructionError, shiftImage } from '../../../src/widgets/anomalyScore.ts';

const blank = () => new Float32Array(784);

describe('reconstructionError', () => {
  it('is the binary cross-entropy summed over pixels: 784·ln 2 for a grey guess of a blank image', () => {
    const xHat = new Float32Array(784).fill(0.5);
    expect(reconstructionError(blank(), xHat, 1)[0]).toBeCloseTo(784 * Math.log(2), 6);
  });

  it('is about 0 for a perfect binary reconstruction and stays finite for a confident wrong one', () => {
    const x = blank();
    x[10] = 1;
    expect(reconstructionError(x, x, 1)[0]).toBeLessThan(1e-3);
    const wrong = reconstructionError(x, invertImage(x), 1)[0];
    expect(Number.isFinite(wrong)).toBe(true);
    expect(wrong).toBeCloseTo(-784 * Math.log(PROBABILITY_EPS), 1);
  });

  it('scores each image of a batch separately and rejects a short array', () => {
    const x = new Float32Array(2 * 784);
    const xHat = new Float32Array(2 * 784).fill(0.5);
    xHat.fill(0.01, 784);
    const e = reconstructionError(x, xHat, 2);
    expect(e[0]).toBeGreaterThan(e[1]);
    expect(() => reconstructionError(x, xHat, 3)).toThrow(/3·784/);
  });
});

describe('odd inputs', () => {
  it('invertImage turns ink into paper', () => {
    const x = blank();
    x[0] = 1;
    const y = invertImage(x);
    expect(y[0]).toBe(0);
    expect(y[1]).toBe(1);
  });

  it('shiftImage moves pixels right and down, blanking what enters', () => {
    const x = blank();
    x[0] = 1; // row 0, col 0
    x[27] = 1; // row 0, col 27 leaves the frame
    const y = shiftImage(x, 3, 2);
    expect(y[2 * 28 + 3]).toBe(1);
    expect(y.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('noiseImage is seeded and inside [0, 1]', () => {
    const a = noiseImage(7);
    expect(noiseImage(7)).toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
  });
});

describe('quantile', () => {
  it('quantile([1..100], 0.99) is 99 (nearest rank) and ignores NaN', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(v, 0.99)).toBe(99);
    expect(quantile([NaN, 3, 1], 1)).toBe(3);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('log bar scale', () => {
  it('spans whole decades around the values and places them by their logarithm', () => {
    const scale = logDecades([85, 309, 4743]);
    expect(scale).toEqual({ lo: 1, hi: 4 });
    expect(logFraction(100, scale)).toBeCloseTo(1 / 3, 12);
    expect(logFraction(1000, scale)).toBeCloseTo(2 / 3, 12);
    // a threshold of 309 on a linear 0..5000 axis sits at 6 %; on this log axis near the middle
    expect(logFraction(309, scale)).toBeGreaterThan(0.45);
  });
  it('clamps out-of-range or invalid values instead of returning NaN', () => {
    const scale = { lo: 1, hi: 3 };
    expect(logFraction(1, scale)).toBe(0);
    expect(logFraction(1e6, scale)).toBe(1);
    expect(logFraction(0, scale)).toBe(0);
    expect(logFraction(Number.NaN, scale)).toBe(0);
    expect(logDecades([])).toEqual({ lo: 0, hi: 1 });
    expect(logDecades([50])).toEqual({ lo: 1, hi: 2 });
  });
});
