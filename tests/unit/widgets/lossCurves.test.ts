// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { downsample, lossDomain, LossCurves, type LossPoint } from '../../../src/widgets/lossCurves.ts';

const points = (n: number): LossPoint[] => Array.from({ length: n }, (_, i) => ({ step: 10 * (i + 1), total: 500 / (i + 1), recon: 480 / (i + 1), kl: 5 }));

describe('downsample', () => {
  it('keeps short histories as they are', () => {
    expect(downsample(points(50), 400)).toEqual(points(50));
  });

  it('averages a long history into at most `max` buckets that end at the last report', () => {
    const long = points(1000);
    const out = downsample(long, 100);
    expect(out).toHaveLength(100);
    expect(out[out.length - 1].step).toBe(10_000);
    expect(out[0].total).toBeCloseTo(long.slice(0, 10).reduce((a, p) => a + p.total, 0) / 10, 9);
    expect(out.every((p) => p.kl === 5)).toBe(true);
  });
});

describe('lossDomain', () => {
  it('ignores the first 5 % of the curve for the top (the untrained spike) and starts at the floor', () => {
    const ys = [900, ...Array.from({ length: 99 }, () => 150)];
    const [lo, hi] = lossDomain(ys);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(150 * 1.12, 9);
  });

  it('gives a finite range without finite values', () => {
    expect(lossDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([0, 1]);
  });
});

describe('LossCurves', () => {
  it('draws total, reconstruction, −ELBO and KL curves with no NaN in the SVG, and a labelled reference line', () => {
    const main = document.createElement('div');
    const kl = document.createElement('div');
    const curves = new LossCurves(main, kl, 'fr', { width: 410, mainHeight: 215, klHeight: 150 });
    curves.update({ history: points(30), evals: [{ step: 0, negElbo: 540 }, { step: 300, negElbo: 170 }], reference: { value: 150, label: 'pré-entraîné : 150' } });
    expect(main.querySelectorAll('g.lines path')).toHaveLength(4);
    expect(kl.querySelectorAll('g.lines path')).toHaveLength(1);
    expect(main.textContent).toContain('pré-entraîné : 150');
    expect(main.innerHTML + kl.innerHTML).not.toMatch(/NaN|Infinity/);
    curves.update({ history: [], evals: [] });
    expect(main.innerHTML + kl.innerHTML).not.toMatch(/NaN|Infinity/);
    curves.destroy();
    expect(main.children).toHaveLength(0);
  });
});
