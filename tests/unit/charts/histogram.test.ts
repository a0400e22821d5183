// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Histogram, binDensity } from '../../../src/charts/histogram.ts';
import { roles } from '../../../src/charts/palette.ts';
import { randomNormalArray } from '../../../src/math/random.ts';
import { linspace } from '../../../src/math/integrate.ts';
import { normalPdf } from '../../../src/math/gaussian.ts';

describe('binDensity', () => {
  it('normalises counts so the bars have area 1', () => {
    const b = binDensity([0.1, 0.2, 0.6, 0.9], 0, 1, 2);
    expect(Array.from(b.density)).toEqual([1, 1]);
    expect(b.width).toBe(0.5);
    expect(Array.from(b.x0)).toEqual([0, 0.5]);
  });

  it('counts samples outside the domain in the total but draws no bar for them, and ignores NaN', () => {
    const b = binDensity([0.5, 5, Number.NaN], 0, 1, 1);
    expect(b.inside).toBe(1);
    expect(b.density[0]).toBeCloseTo(0.5, 15);
  });

  it('of 20,000 N(0,1) samples is close to the pdf', () => {
    const b = binDensity(randomNormalArray(20_000, 11), -4, 4, 40);
    for (let i = 0; i < 40; i++) expect(Math.abs(b.density[i] - normalPdf(b.x0[i] + b.width / 2))).toBeLessThan(0.03);
  });
});

describe('Histogram', () => {
  function make(): HTMLElement {
    const host = document.createElement('div');
    const h = new Histogram(host, { width: 600, height: 380, xDomain: [-4, 4], bins: 32, ariaLabel: 'histogramme', xLabel: 'x' });
    const xs = Array.from(linspace(-4, 4, 101));
    const ys = xs.map((x) => normalPdf(x));
    h.update({
      values: randomNormalArray(1000, 1),
      curve: { xs, ys, color: roles.p, bands: [{ id: 'k1', xs: xs.slice(38, 63), ys: ys.slice(38, 63), opacity: 0.3 }] },
      caption: 'n = 1000',
    });
    return host;
  }

  it('draws one bar per bin, the curve and its bands', async () => {
    const host = make();
    expect(host.querySelectorAll('.bars rect')).toHaveLength(32);
    expect(host.querySelectorAll('.bands path')).toHaveLength(1);
    expect(host.querySelector('.curve')?.getAttribute('d')).toMatch(/^M/);
    expect(host.querySelector('.caption')?.textContent).toBe('n = 1000');
    await expect(host.innerHTML).toMatchFileSnapshot('./__snapshots__/histogram.svg.html');
  });

  it('draws empty bars and no NaN with no samples or a degenerate domain', () => {
    const host = document.createElement('div');
    const h = new Histogram(host, { width: 600, height: 380, xDomain: [0, 0], bins: 10, ariaLabel: 'h' });
    h.update({ values: [] });
    h.update({ values: [Number.NaN, Infinity], xDomain: [Number.NaN, 3] });
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(host.querySelectorAll('.bars rect')).toHaveLength(10);
    h.destroy();
    expect(host.querySelector('svg')).toBeNull();
  });
});
