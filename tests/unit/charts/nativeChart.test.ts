// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { LatentScatter } from '../../../src/charts/latentScatter.ts';
import { Histogram } from '../../../src/charts/histogram.ts';
import { ClassBars } from '../../../src/charts/classBars.ts';
import { hexColor, type NativeChartHost, type NativeChartSpec } from '../../../src/charts/nativeChart.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

/** The native description published by the chart drawn in `host`. */
function described(host: HTMLElement): NativeChartSpec | null {
  const el = host.querySelector<HTMLElement>('[data-native-chart]') as NativeChartHost | null;
  expect(el, 'the chart marks its element').not.toBeNull();
  return el!.nativeChart!();
}

describe('native chart descriptions', () => {
  it('hexColor reads #rgb and #rrggbb, anything else is black', () => {
    expect(hexColor('#1f77b4')).toBe('1F77B4');
    expect(hexColor('#abc')).toBe('AABBCC');
    expect(hexColor('rgb(1,2,3)')).toBe('000000');
  });

  it('a latent scatter is one series per digit with its points, plus the probed point; annotated, none', () => {
    const host = document.createElement('div');
    const chart = new LatentScatter(host, { width: 500, height: 420, domain: [-3, 3], ariaLabel: 'plane' });
    expect(described(host)).toBeNull();
    const labels = Uint8Array.from({ length: 30 }, (_, i) => i % 10);
    const points = Float32Array.from({ length: 60 }, (_, i) => (i % 2 ? -i : i) / 20);
    chart.update({ points, labels });
    let spec = described(host)!;
    if (spec.kind !== 'scatter') throw new Error('a scatter');
    expect(spec.series.map((s) => s.name)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(spec.series[3].x).toEqual([points[6], points[26], points[46]]);
    expect(spec.series[3].y).toEqual([points[7], points[27], points[47]]);
    expect(spec.xDomain).toEqual([-3, 3]);
    expect([spec.xTitle, spec.yTitle]).toEqual(['z₁', 'z₂']);
    chart.setMarker([0.5, -1]);
    spec = described(host)!;
    if (spec.kind !== 'scatter') throw new Error('a scatter');
    expect(spec.series[10]).toMatchObject({ name: 'z', x: [0.5], y: [-1], marker: true });
    chart.annotate({ ellipses: [{ center: [0, 0], radii: [1, 1], color: '#000' }] });
    expect(described(host)).toBeNull();
    chart.destroy();
  });

  it('a histogram is one bar series of its bin densities; with a curve over it, none', () => {
    const host = document.createElement('div');
    const h = new Histogram(host, { width: 400, height: 200, xDomain: [0, 4], bins: 4, ariaLabel: 'h', xLabel: 'x', yLabel: 'density' });
    h.update({ values: [0.5, 1.5, 1.6, 3.9] });
    const spec = described(host)!;
    if (spec.kind !== 'bar') throw new Error('bars');
    expect(spec.categories).toEqual(['0.5', '1.5', '2.5', '3.5']);
    expect(spec.series[0].values).toEqual([0.25, 0.5, 0, 0.25]);
    expect(spec).toMatchObject({ stacked: false, xTitle: 'x', yTitle: 'density' });
    h.update({ values: [1], curve: { xs: [0, 4], ys: [0.2, 0.2], color: '#000' } });
    expect(described(host)).toBeNull();
  });

  it('class bars are stacked series, one per layer, non-finite values as 0', () => {
    const host = document.createElement('div');
    const bars = new ClassBars(host, { width: 600, height: 400, classes: 3, ariaLabel: 'c', formatValue: String });
    bars.update({
      layers: [
        { id: 'train', values: [5, Number.NaN, 7], color: '#000', label: 'training' },
        { id: 'test', values: [1, 2, -3], color: '#ccc' },
      ],
    });
    const spec = described(host)!;
    if (spec.kind !== 'bar') throw new Error('bars');
    expect(spec.stacked).toBe(true);
    expect(spec.categories).toEqual(['0', '1', '2']);
    expect(spec.series).toEqual([
      { name: 'training', color: '000000', values: [5, 0, 7] },
      { name: 'test', color: 'CCCCCC', values: [1, 2, 0] },
    ]);
  });
});
