/** A density histogram of samples overlaid with a curve (e.g. samples of N(μ, σ²) against its pdf). */

import * as d3 from 'd3';
import { ChartFrame, chartFont, type FrameOptions } from './chartFrame.ts';
import { areaPath, linePath } from './paths.ts';
import { roles } from './palette.ts';
import { hexColor, publishNativeChart, type NativeChartSpec } from './nativeChart.ts';

/** Bin counts turned into a density (area 1 over all samples, including those outside the domain). */
export interface BinnedDensity {
  /** Left edge of each bin. */
  x0: Float64Array;
  width: number;
  density: Float64Array;
  /** Samples that fell inside [lo, hi]. */
  inside: number;
}

/** Count finite samples into `bins` equal bins over [lo, hi] and normalise to a density (count / (n · width)). */
export function binDensity(values: ArrayLike<number>, lo: number, hi: number, bins: number): BinnedDensity {
  const nb = Math.max(1, Math.floor(bins));
  const width = (hi - lo) / nb;
  const counts = new Float64Array(nb);
  let n = 0;
  let inside = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    if (v < lo || v > hi) continue;
    counts[Math.min(nb - 1, Math.floor((v - lo) / width))]++;
    inside++;
  }
  const x0 = new Float64Array(nb);
  for (let b = 0; b < nb; b++) {
    x0[b] = lo + b * width;
    counts[b] = n > 0 && width > 0 ? counts[b] / (n * width) : 0;
  }
  return { x0, width, density: counts, inside };
}

/** A curve drawn over the bars. */
export interface HistogramCurve {
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  color: string;
  /** Shaded regions under the curve (e.g. ±1σ, ±2σ, ±3σ), drawn over the bars (translucent). */
  bands?: Array<{ id: string; xs: ArrayLike<number>; ys: ArrayLike<number>; opacity: number }>;
}

/** What one update draws. */
export interface HistogramData {
  values: ArrayLike<number>;
  curve?: HistogramCurve;
  /** Text shown in the top-left corner (e.g. "n = 3 000"). */
  caption?: string;
  xDomain?: [number, number];
  yDomain?: [number, number];
}

/** Options of a Histogram. */
export interface HistogramOptions extends FrameOptions {
  xDomain: [number, number];
  bins: number;
  /** Fixed y-domain; otherwise the top follows the highest bar or curve point. */
  yDomain?: [number, number];
  barColor?: string;
}

/** Histogram chart (d3, SVG). */
export class Histogram {
  private readonly frame: ChartFrame;
  private readonly bandsG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly barsG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly curvePath: d3.Selection<SVGPathElement, unknown, null, undefined>;
  private readonly caption: d3.Selection<SVGTextElement, unknown, null, undefined>;
  /** The bars last drawn, and whether a curve is drawn over them (then no native copy). */
  private shown: { binned: BinnedDensity; curve: boolean } | null = null;

  constructor(
    container: HTMLElement,
    private readonly options: HistogramOptions,
  ) {
    this.frame = new ChartFrame(container, options);
    this.frame.svg.classed('histogram', true);
    this.barsG = this.frame.plot.append('g').attr('class', 'bars');
    this.bandsG = this.frame.plot.append('g').attr('class', 'bands');
    this.curvePath = this.frame.plot
      .append('path')
      .attr('class', 'curve')
      .attr('fill', 'none')
      .attr('stroke-width', 3.5)
      .attr('stroke-linejoin', 'round');
    this.caption = this.frame.overlay
      .append('text')
      .attr('class', 'caption')
      .attr('x', 10)
      .attr('y', 24)
      .attr('font-size', chartFont.legend)
      .attr('font-weight', 600)
      .attr('fill', roles.ink);
    publishNativeChart(this.frame.svg.node()!, () => this.describe());
  }

  /** The root <svg>. */
  get svg(): SVGSVGElement {
    return this.frame.svg.node()!;
  }

  /** Re-bin the values and redraw bars, bands and curve. */
  update(data: HistogramData): void {
    const f = this.frame;
    const [lo, hi] = data.xDomain ?? this.options.xDomain;
    const binned = binDensity(data.values, lo, hi, this.options.bins);
    let top = 0;
    for (const d of binned.density) top = Math.max(top, d);
    if (data.curve) for (let i = 0; i < data.curve.ys.length; i++) if (Number.isFinite(data.curve.ys[i])) top = Math.max(top, data.curve.ys[i]);
    f.setDomains([lo, hi], data.yDomain ?? this.options.yDomain ?? [0, (top || 1) * 1.1]);
    const bars = Array.from(binned.density, (d, i) => ({ x0: binned.x0[i], d }));
    this.barsG
      .selectAll<SVGRectElement, (typeof bars)[number]>('rect')
      .data(bars)
      .join('rect')
      .attr('x', (b) => f.px(b.x0) + 0.5)
      .attr('width', Math.max(0, f.px(lo + binned.width) - f.px(lo) - 1))
      .attr('y', (b) => f.py(b.d))
      .attr('height', (b) => Math.max(0, f.innerHeight - f.py(b.d)))
      .attr('fill', this.options.barColor ?? roles.muted)
      .attr('fill-opacity', 0.55);
    const curve = data.curve;
    this.bandsG
      .selectAll<SVGPathElement, NonNullable<HistogramCurve['bands']>[number]>('path')
      .data(curve?.bands ?? [], (b) => b.id)
      .join('path')
      .attr('fill', curve?.color ?? roles.p)
      .attr('fill-opacity', (b) => b.opacity)
      .attr('d', (b) => areaPath(f, b.xs, b.ys, 0));
    this.curvePath.attr('stroke', curve?.color ?? 'none').attr('d', curve ? linePath(f, curve.xs, curve.ys) : null);
    this.caption.text(data.caption ?? '');
    this.shown = { binned, curve: !!curve };
  }

  /** The bars as a one-series bar chart (bin centres as categories), or null when a curve is drawn over them. */
  private describe(): NativeChartSpec | null {
    if (!this.shown || this.shown.curve || this.options.yDomain) return null;
    const { binned } = this.shown;
    const o = this.options;
    const fmt = o.formatTick ?? ((v: number) => String(v));
    // bin centres, to the precision half a bin warrants (4 for 3.98 when bins are 8 wide, 0.5 when 1 wide)
    const digits = Math.max(0, Math.ceil(-Math.log10(binned.width / 2)));
    const categories = Array.from(binned.x0, (x0) => fmt(Number((x0 + binned.width / 2).toFixed(digits))));
    const series = [{ name: o.yLabel ?? '', color: hexColor(o.barColor ?? roles.muted), values: Array.from(binned.density) }];
    return { kind: 'bar', categories, series, stacked: false, xTitle: o.xLabel ?? '', yTitle: o.yLabel ?? '' };
  }

  /** Remove the chart. */
  destroy(): void {
    this.frame.destroy();
  }
}
