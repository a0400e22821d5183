// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LatentScatter } from '../../../src/charts/latentScatter.ts';
import { clientToLatent, fittedDomains, latentMapping, symmetricDomain } from '../../../src/charts/latentMapping.ts';

// jsdom has no 2-D canvas context: make that explicit (the chart must cope) instead of logging 'not implemented'.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

describe('latentMapping', () => {
  it('maps the domain corners to the plot corners with z₂ growing upwards', () => {
    const m = latentMapping([-4, 4], 400);
    expect(m.toPx(-4, 4)).toEqual([0, 0]);
    expect(m.toPx(4, -4)).toEqual([400, 400]);
    expect(m.toPx(0, 0)).toEqual([200, 200]);
  });

  it('toLatent is the inverse of toPx', () => {
    const m = latentMapping([-3, 5], 333);
    for (const [z1, z2] of [[0, 0], [-2.5, 4.75], [1.23, -2.9]]) {
      const [x, y] = m.toPx(z1, z2);
      const [a, b] = m.toLatent(x, y);
      expect(a).toBeCloseTo(z1, 10);
      expect(b).toBeCloseTo(z2, 10);
    }
  });

  it('repairs a NaN, reversed or empty domain', () => {
    expect(latentMapping([NaN, 1], 100).domain).toEqual([-4, 4]);
    expect(latentMapping([2, -2], 100).domain).toEqual([-2, 2]);
    expect(latentMapping([1, 1], 100).domain).toEqual([0, 2]);
  });

  it('clientToLatent undoes a CSS scale of the plot (reveal.js shrinks slides)', () => {
    const m = latentMapping([-4, 4], 400);
    // the 400 px plot is shown at half size, 10 px from the left and 20 px from the top of the viewport
    const rect = { left: 10, top: 20, width: 200, height: 200 };
    expect(clientToLatent(m, 110, 120, rect)).toEqual([0, 0]);
    expect(clientToLatent(m, 10, 20, rect)).toEqual([-4, 4]);
    expect(clientToLatent(m, 210, 220, rect)).toEqual([4, -4]);
  });
});

describe('fittedDomains', () => {
  it('is the padded square box around an off-centre cloud, and the mapping keeps one scale', () => {
    const d = fittedDomains(new Float32Array([-30, 1, -10, 5, -20, 3]));
    expect(d.x[0]).toBeCloseTo(-20 - 10.6, 6);
    expect(d.x[1]).toBeCloseTo(-20 + 10.6, 6);
    expect(d.y[0]).toBeCloseTo(3 - 10.6, 6);
    const m = latentMapping(d.x, 200, d.y);
    expect(m.toPx(-20, 3)).toEqual([100, 100]);
    const [a, b] = m.toLatent(...m.toPx(-12.5, 7.25));
    expect(a).toBeCloseTo(-12.5, 9);
    expect(b).toBeCloseTo(7.25, 9);
  });
  it('falls back to [−4, 4]² without finite points', () => {
    expect(fittedDomains(new Float32Array([NaN, 0]))).toEqual({ x: [-4, 4], y: [-4, 4] });
  });
});

describe('symmetricDomain', () => {
  it('holds the largest |coordinate| with padding, rounded to a half unit', () => {
    expect(symmetricDomain(new Float32Array([0.5, -2.9, 1, 1]))).toEqual([-3.5, 3.5]);
  });
  it('ignores NaN and falls back to [−4, 4] without finite points', () => {
    expect(symmetricDomain(new Float32Array([NaN, Infinity]))).toEqual([-4, 4]);
    expect(symmetricDomain(new Float32Array([NaN, 1]))).toEqual([-1.5, 1.5]);
  });
});

function make(options: Partial<ConstructorParameters<typeof LatentScatter>[1]> = {}): { host: HTMLElement; chart: LatentScatter } {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = new LatentScatter(host, { width: 560, height: 500, ariaLabel: 'latent', ...options });
  return { host, chart };
}

describe('LatentScatter', () => {
  it('draws a square plot, axes titled z₁ and z₂ and a legend of the ten digits', () => {
    const { host, chart } = make({ domain: [-4, 4] });
    expect(chart.plotSize).toBe(Math.min(560 - 76 - 78, 500 - 10 - 58));
    const legend = [...host.querySelectorAll('.legend-item')].map((g) => g.textContent);
    expect(legend).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect([...host.querySelectorAll('.axis-label')].map((t) => t.textContent)).toEqual(['z₁', 'z₂']);
    expect(host.querySelector('.axis-x')?.textContent).toContain('−4');
    expect(host.querySelector('canvas')?.style.width).toBe(`${chart.plotSize}px`);
  });

  it('follows the data domain unless one is fixed', () => {
    const points = new Float32Array([0, 0, 5.5, -1, -2, 2]);
    const labels = new Uint8Array([0, 1, 2]);
    const free = make();
    free.chart.update({ points, labels });
    expect(free.chart.mapping.domain).toEqual([-6, 6]);
    const fitted = make({ fit: 'data' });
    fitted.chart.update({ points, labels });
    expect(fitted.chart.mapping.domain[0]).toBeCloseTo(1.75 - 3.75 * 1.06, 5);
    expect(fitted.chart.mapping.yDomain[1]).toBeCloseTo(0.5 + 3.75 * 1.06, 5);
    const fixed = make({ domain: [-3, 3] });
    fixed.chart.update({ points, labels });
    expect(fixed.chart.mapping.domain).toEqual([-3, 3]);
  });

  it('reports the latent point under a click and puts the crosshair there', () => {
    const { host, chart } = make({ domain: [-4, 4] });
    const side = chart.plotSize;
    const hit = host.querySelector<SVGRectElement>('.hit')!;
    hit.getBoundingClientRect = () => ({ left: 100, top: 50, width: side, height: side, right: 0, bottom: 0, x: 100, y: 50, toJSON: () => ({}) });
    const cb = vi.fn();
    chart.onPick(cb);
    hit.dispatchEvent(new MouseEvent('click', { clientX: 100 + side * 0.75, clientY: 50 + side * 0.25, bubbles: true }));
    expect(cb).toHaveBeenCalledTimes(1);
    const [z1, z2] = cb.mock.calls[0][0] as [number, number];
    expect(z1).toBeCloseTo(2, 6);
    expect(z2).toBeCloseTo(2, 6);
    const cross = host.querySelector<SVGGElement>('.crosshair')!;
    expect(cross.style.display).toBe('');
    expect(Number(cross.getAttribute('data-z1'))).toBeCloseTo(2, 6);
  });

  it('coalesces pointer moves into one pick per animation frame', async () => {
    const { host, chart } = make({ domain: [-4, 4] });
    const side = chart.plotSize;
    const hit = host.querySelector<SVGRectElement>('.hit')!;
    hit.getBoundingClientRect = () => ({ left: 0, top: 0, width: side, height: side, right: side, bottom: side, x: 0, y: 0, toJSON: () => ({}) });
    const cb = vi.fn();
    chart.onPick(cb);
    for (let i = 0; i < 5; i++) hit.dispatchEvent(new MouseEvent('pointermove', { clientX: side / 2 + i, clientY: side / 2 }));
    expect(cb).not.toHaveBeenCalled();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await new Promise((r) => setTimeout(r, 0));
    expect(cb).toHaveBeenCalledTimes(1);
    const [z1] = cb.mock.calls[0][0] as [number, number];
    expect(z1).toBeCloseTo(chart.mapping.toLatent(side / 2 + 4, 0)[0], 6);
  });

  it('setDomain() zooms on a window centred anywhere, one scale for both axes', () => {
    const { host, chart } = make({ domain: [-4, 4] });
    chart.setDomain([0.1, 0.3], [-0.5, -0.3]);
    expect(chart.mapping.domain).toEqual([0.1, 0.3]);
    expect(chart.mapping.yDomain[0]).toBeCloseTo(-0.5, 9);
    const [x, y] = chart.mapping.toPx(0.2, -0.4);
    expect(x).toBeCloseTo(chart.plotSize / 2, 9);
    expect(y).toBeCloseTo(chart.plotSize / 2, 9);
    expect(host.querySelector('.axis-y')?.textContent).toContain('−0.4');
  });

  it('draws ellipses and markers without NaN, and skips non-finite ones', () => {
    const { host, chart } = make({ domain: [-4, 4] });
    chart.annotate({
      ellipses: [{ center: [1, -1], radii: [0.5, 0.25], color: '#0072B2', label: '2σ' }, { center: [NaN, 0], radii: [1, 1], color: 'red' }],
      markers: [{ z: [0.2, 0.3], color: '#D55E00' }, { z: [Infinity, 0], color: 'red' }],
    });
    expect(host.querySelectorAll('g.ellipse')).toHaveLength(1);
    expect(host.querySelectorAll('circle.marker')).toHaveLength(1);
    const e = host.querySelector('g.ellipse ellipse')!;
    expect(Number(e.getAttribute('rx'))).toBeCloseTo(0.5 * chart.plotSize / 8, 6);
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
    chart.setMarker([NaN, 1]);
    expect(host.querySelector<SVGGElement>('.crosshair')!.style.display).toBe('none');
  });

  it('destroy() removes the chart and stops reporting picks', () => {
    const { host, chart } = make();
    const hit = host.querySelector<SVGRectElement>('.hit')!;
    const cb = vi.fn();
    chart.onPick(cb);
    chart.destroy();
    hit.dispatchEvent(new MouseEvent('click', { clientX: 1, clientY: 1 }));
    expect(cb).not.toHaveBeenCalled();
    expect(host.querySelector('.latent-scatter')).toBeNull();
  });
});

describe('LatentScatter legend', () => {
  it('names the classes with classNames and widens the legend for long names', () => {
    const digits = new LatentScatter(document.body, { width: 600, height: 500 });
    const named = new LatentScatter(document.body, { width: 600, height: 500, classNames: ['T-shirt/haut', 'Pantalon', 'Pull', 'Robe', 'Manteau', 'Sandale', 'Chemise', 'Basket', 'Sac', 'Bottine'] });
    const texts = (s: LatentScatter) => [...s.root.querySelectorAll('.legend-item text')].map((t) => t.textContent);
    expect(texts(digits)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(texts(named)[0]).toBe('T-shirt/haut');
    expect(texts(named)[9]).toBe('Bottine');
    const side = (s: LatentScatter) => Number(s.root.querySelector('.plot .frame')!.getAttribute('width'));
    expect(side(named)).toBeLessThan(side(digits));
    digits.destroy();
    named.destroy();
  });
});
