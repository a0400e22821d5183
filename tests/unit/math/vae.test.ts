import { describe, expect, it } from 'vitest';
import { bernoulliNllPerImage, klToStandardNormalPerImage, reparameterize, sampleCodes } from '../../../src/math/vae.ts';
import { klToStandardNormalSum } from '../../../src/math/kl.ts';

describe('bernoulliNllPerImage', () => {
  it('is 784·log 2 for p = ½ whatever x', () => {
    const x = new Float32Array(784 * 2).map((_, i) => (i % 3) / 2);
    const p = new Float32Array(784 * 2).fill(0.5);
    const out = bernoulliNllPerImage(x, p, 2);
    expect(out[0]).toBeCloseTo(784 * Math.log(2), 6);
    expect(out[1]).toBeCloseTo(784 * Math.log(2), 6);
  });
  it('is near 0 for a perfect binary reconstruction and finite for p = 0 or 1 on the wrong side', () => {
    const x = new Float32Array(784).map((_, i) => i % 2);
    expect(bernoulliNllPerImage(x, x, 1)[0]).toBeLessThan(1e-3);
    const wrong = x.map((v) => 1 - v);
    const bad = bernoulliNllPerImage(x, wrong, 1)[0];
    expect(Number.isFinite(bad)).toBe(true);
    expect(bad).toBeCloseTo(784 * -Math.log(1e-7), 0);
  });
  it('rejects arrays that are too short', () => {
    expect(() => bernoulliNllPerImage(new Float32Array(10), new Float32Array(784), 1)).toThrow(RangeError);
  });
});

describe('klToStandardNormalPerImage', () => {
  it('is 0 for μ = 0, log σ² = 0 and agrees with the scalar form of src/math/kl.ts', () => {
    const mean = [0, 0, 1.5, -0.5];
    const logVar = [0, 0, -1, 0.3];
    const out = klToStandardNormalPerImage(mean, logVar, 2);
    expect(out[0]).toBeCloseTo(0, 12);
    expect(out[1]).toBeCloseTo(klToStandardNormalSum([1.5, -0.5], [-1, 0.3]), 12);
  });
});

describe('reparameterize', () => {
  it('computes μ + exp(½ log σ²)·ε element by element', () => {
    const z = reparameterize([1, -2], [Math.log(4), 0], [0.5, -1]);
    expect(z[0]).toBeCloseTo(1 + 2 * 0.5, 6);
    expect(z[1]).toBeCloseTo(-2 - 1, 6);
  });
  it('sampleCodes is seeded: same seed, same codes; another seed, other codes', () => {
    const mean = [0, 0, 1, 1];
    const logVar = [0, 0, 0, 0];
    expect(Array.from(sampleCodes(mean, logVar, 3))).toEqual(Array.from(sampleCodes(mean, logVar, 3)));
    expect(Array.from(sampleCodes(mean, logVar, 3))).not.toEqual(Array.from(sampleCodes(mean, logVar, 4)));
  });
});
