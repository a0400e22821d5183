// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContourChart } from '../../../src/charts/contourChart.ts';
import { roles } from '../../../src/charts/palette.ts';
import { gaussian2, sampleGaussian2, sigmaEllipse } from '../../../src/math/bivariate.ts';
import { mulberry32 } from '../../../src/math/random.ts';

function draw(rho: number, s1 = 1.2, s2 = 0.8): { host: HTMLElement; chart: ContourChart } {
  const host = document.createElement('div');
  const chart = new ContourChart(host, { width: 480, height: 480, xDomain: [-4, 4], yDomain: [-4, 4], ariaLabel: 'contours', xLabel: 'z₁', yLabel: 'z₂' });
  const g = gaussian2({ mu1: 0.5, mu2: -0.5, s1, s2, rho });
  const s = sampleGaussian2(g, 200, mulberry32(5));
  chart.update({
    contours: [3, 2, 1].map((k) => ({ id: `k${k}`, points: sigmaEllipse(g, k, 64), color: roles.p, fillOpacity: 0.12, label: `${k}σ` })),
    points: { x: s.x, y: s.y, color: roles.ink, radius: 2.5 },
    mean: g.mean,
    segments: [{ id: 'axis', from: [-1, -1], to: [1, 1], color: roles.q }],
  });
  return { host, chart };
}

describe('ContourChart', () => {
  it('draws three filled ellipses, the samples as one path, the mean and the labels', async () => {
    const { host } = draw(0.6);
    expect(host.querySelectorAll('.contours path')).toHaveLength(3);
    expect(host.querySelector('.samples')?.getAttribute('d')?.match(/M/g)).toHaveLength(200);
    expect(host.querySelector('.mean')?.getAttribute('d')).toMatch(/^M/);
    expect(Array.from(host.querySelectorAll('.contour-labels text'), (t) => t.textContent)).toEqual(['3σ', '2σ', '1σ']);
    await expect(host.innerHTML).toMatchFileSnapshot('./__snapshots__/contourChart.svg.html');
  });

  it('never writes NaN or Infinity at the extremes of the sliders', () => {
    for (const [rho, s1, s2] of [[1, 0, 0], [-1, 100, 1e-9], [0.99, 4, 0.01]]) {
      const { host } = draw(rho, s1, s2);
      expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    }
  });

  it('reuses its elements on update and destroy() removes the svg', () => {
    const { host, chart } = draw(0);
    const first = host.querySelector('.contours path');
    const g = gaussian2({ mu1: 0, mu2: 0, s1: 1, s2: 1, rho: -0.5 });
    chart.update({ contours: [3, 2, 1].map((k) => ({ id: `k${k}`, points: sigmaEllipse(g, k), color: roles.p, fillOpacity: 0.1 })) });
    expect(host.querySelector('.contours path')).toBe(first);
    expect(host.querySelector('.samples')?.hasAttribute('d')).toBe(false);
    chart.destroy();
    expect(host.querySelector('svg')).toBeNull();
  });
});
