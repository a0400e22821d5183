// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/lineChart.ts';
import { roles } from '../../../src/charts/palette.ts';
import { linspace } from '../../../src/math/integrate.ts';
import { normalPdf } from '../../../src/math/gaussian.ts';

const xs = Array.from(linspace(-4, 4, 81));
const pdf = (mu: number, s: number) => xs.map((x) => normalPdf(x, mu, s));

function makeChart(): { chart: LineChart; host: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const chart = new LineChart(host, {
    width: 640,
    height: 400,
    xDomain: [-4, 4],
    xLabel: 'x',
    yLabel: 'densité',
    ariaLabel: 'Deux lois normales',
    formatTick: (v) => String(v).replace('.', ','),
  });
  return { chart, host };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('LineChart', () => {
  it('draws one path per series and per area, plus a legend', async () => {
    const { chart, host } = makeChart();
    chart.update({
      series: [
        { id: 'p', xs, ys: pdf(0, 1), color: roles.p, label: 'p' },
        { id: 'q', xs, ys: pdf(1, 1.5), color: roles.q, label: 'q', dash: '8 6' },
      ],
      areas: [{ id: 'band', xs: xs.slice(30, 51), y1: pdf(0, 1).slice(30, 51), color: roles.p, opacity: 0.3, label: '68 %' }],
      vlines: [{ id: 'mean', x: 0, color: roles.ink }],
      annotations: [{ id: 'a', x: 0, y: 0.2, text: '68 %' }],
    });
    expect(host.querySelectorAll('.lines path')).toHaveLength(2);
    expect(host.querySelectorAll('.areas path')).toHaveLength(1);
    expect(host.querySelectorAll('.legend g')).toHaveLength(3);
    expect(host.querySelector('.annotations text')?.textContent).toBe('68 %');
    expect(host.querySelector('.axis-y')?.textContent).toContain('0,1');
    await expect(host.innerHTML).toMatchFileSnapshot('./__snapshots__/lineChart.svg.html');
  });

  it('axis and tick labels are at least 18px for a projector', () => {
    const { chart, host } = makeChart();
    chart.update({ series: [{ id: 'p', xs, ys: pdf(0, 1), color: roles.p }] });
    for (const g of host.querySelectorAll('.axis')) expect(Number(g.getAttribute('font-size'))).toBeGreaterThanOrEqual(18);
    for (const t of host.querySelectorAll('.axis-label')) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(18);
  });

  it('updates in place: same elements, new path data', () => {
    const { chart, host } = makeChart();
    chart.update({ series: [{ id: 'p', xs, ys: pdf(0, 1), color: roles.p }] });
    const path = host.querySelector('.lines path')!;
    const before = path.getAttribute('d');
    chart.update({ series: [{ id: 'p', xs, ys: pdf(1, 0.5), color: roles.p }] });
    expect(host.querySelector('.lines path')).toBe(path);
    expect(path.getAttribute('d')).not.toBe(before);
  });

  it('keeps its automatic y-axis through small changes and rescales on big ones', () => {
    const { chart, host } = makeChart();
    const yTicks = () => host.querySelector('.axis-y')!.textContent;
    chart.update({ series: [{ id: 'p', xs, ys: pdf(0, 1), color: roles.p }] });
    const first = yTicks();
    chart.update({ series: [{ id: 'p', xs, ys: pdf(0, 1.2), color: roles.p }] });
    expect(yTicks()).toBe(first);
    chart.update({ series: [{ id: 'p', xs, ys: pdf(0, 0.4), color: roles.p }] });
    expect(yTicks()).not.toBe(first);
    expect(chart.yTop).toBeGreaterThan(normalPdf(0, 0, 0.4));
  });

  it('never writes NaN or Infinity, whatever the data', () => {
    const { chart, host } = makeChart();
    chart.update({
      series: [
        { id: 'bad', xs: [0, 1, 2, 3], ys: [Number.NaN, Infinity, -Infinity, 1e308], color: roles.p },
        { id: 'ok', xs: [Number.NaN, 0, 1], ys: [1, 2, Number.NaN], color: roles.q },
      ],
      areas: [{ id: 'a', xs: [0, 1], y1: [Number.NaN, Number.NaN], color: roles.accent }],
      vlines: [{ id: 'v', x: Number.NaN, color: roles.ink }],
      annotations: [{ id: 't', x: Infinity, y: 0, text: 'x' }],
      yDomain: [Number.NaN, Number.NaN],
    });
    expect(host.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('destroy() removes the svg', () => {
    const { chart, host } = makeChart();
    chart.destroy();
    expect(host.querySelector('svg')).toBeNull();
  });
});
