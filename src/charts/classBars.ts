/** Stacked bars, one per class 0…k−1 (e.g. images per digit: training part + held-out part), with value labels. */

import * as d3 from 'd3';
import { ChartFrame, chartFont, freshId, type FrameOptions } from './chartFrame.ts';
import { roles } from './palette.ts';
import { hexColor, publishNativeChart, type NativeChartSpec } from './nativeChart.ts';

/** One layer of the stack: a value per class. */
export interface BarLayer {
  id: string;
  values: ArrayLike<number>;
  /** Fill per class (e.g. digitColor) or one colour for all. */
  color: string | ((cls: number) => string);
  /** Shown in the legend when given. */
  label?: string;
  opacity?: number;
}

/** What one update draws. */
export interface ClassBarsData {
  layers: BarLayer[];
}

/** Options of a ClassBars chart. */
export interface ClassBarsOptions extends FrameOptions {
  /** Number of classes (bars). */
  classes: number;
  /** Text above each bar from its total (e.g. French thousands separator). */
  formatValue: (v: number) => string;
}

/** Stacked class bars (d3, SVG). */
export class ClassBars {
  private readonly frame: ChartFrame;
  private readonly barsG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly totalsG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly legendG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly defs: d3.Selection<SVGDefsElement, unknown, null, undefined>;
  /** Prefix of this chart's gradient ids (unique in the page). */
  private readonly idPrefix: string;
  /** The layers last drawn. */
  private layers: BarLayer[] = [];

  constructor(
    container: HTMLElement,
    private readonly options: ClassBarsOptions,
  ) {
    this.idPrefix = freshId(container, 'class-bars');
    this.frame = new ChartFrame(container, { ticks: options.classes, ...options, formatTick: (v) => String(Math.round(v)) });
    this.frame.svg.classed('class-bars', true);
    this.barsG = this.frame.plot.append('g').attr('class', 'bars');
    this.totalsG = this.frame.overlay.append('g').attr('class', 'totals');
    this.legendG = this.frame.overlay.append('g').attr('class', 'legend');
    this.defs = this.frame.svg.append('defs');
    publishNativeChart(this.frame.svg.node()!, () => this.describe());
  }

  /** The layers as a stacked bar chart, one series per layer (a colour per class becomes the first class's hue). */
  private describe(): NativeChartSpec | null {
    if (!this.layers.length) return null;
    const k = this.options.classes;
    const categories = Array.from({ length: k }, (_, c) => String(c));
    const series = this.layers.map((l) => ({
      name: l.label ?? l.id,
      color: hexColor(typeof l.color === 'function' ? roles.p : l.color),
      values: categories.map((_, c) => (Number.isFinite(l.values[c]) && l.values[c] > 0 ? l.values[c] : 0)),
    }));
    return { kind: 'bar', categories, series, stacked: true, xTitle: this.options.xLabel ?? '', yTitle: this.options.yLabel ?? '' };
  }

  /**
   * Legend fill of a layer: its colour, or for a colour per class a swatch striped with every class's colour (one
   * class's colour alone would say that layer has that colour).
   */
  private legendFill(layer: BarLayer): string {
    const color = layer.color;
    if (typeof color !== 'function') return color;
    const id = `${this.idPrefix}-${layer.id.replace(/[^\w-]/g, '_')}`;
    const k = this.options.classes;
    const stops = Array.from({ length: k }, (_, c) => [
      { offset: c / k, color: color(c) },
      { offset: (c + 1) / k, color: color(c) },
    ]).flat();
    this.defs
      .selectAll<SVGLinearGradientElement, string>(`linearGradient#${id}`)
      .data([id])
      .join('linearGradient')
      .attr('id', id)
      .selectAll('stop')
      .data(stops)
      .join('stop')
      .attr('offset', (d) => d.offset)
      .attr('stop-color', (d) => d.color);
    return `url(#${id})`;
  }

  /** The root <svg>. */
  get svg(): SVGSVGElement {
    return this.frame.svg.node()!;
  }

  /** Redraw the bars (non-finite or negative values count as 0). */
  update(data: ClassBarsData): void {
    this.layers = data.layers;
    const f = this.frame;
    const k = this.options.classes;
    const v = (layer: BarLayer, c: number): number => {
      const x = layer.values[c];
      return Number.isFinite(x) && x > 0 ? x : 0;
    };
    const totals = Array.from({ length: k }, (_, c) => data.layers.reduce((a, l) => a + v(l, c), 0));
    const top = Math.max(1, ...totals);
    f.setDomains([-0.5, k - 0.5], [0, top * 1.14]);
    const bw = (f.px(1) - f.px(0)) * 0.72;
    const rects: Array<{ key: string; c: number; y0: number; y1: number; fill: string; opacity: number }> = [];
    for (let c = 0; c < k; c++) {
      let base = 0;
      for (const layer of data.layers) {
        const h = v(layer, c);
        const fill = typeof layer.color === 'function' ? layer.color(c) : layer.color;
        rects.push({ key: `${layer.id}-${c}`, c, y0: base, y1: base + h, fill, opacity: layer.opacity ?? 1 });
        base += h;
      }
    }
    this.barsG
      .selectAll<SVGRectElement, (typeof rects)[number]>('rect')
      .data(rects, (d) => d.key)
      .join('rect')
      .attr('x', (d) => f.px(d.c) - bw / 2)
      .attr('width', bw)
      .attr('y', (d) => f.py(d.y1))
      .attr('height', (d) => Math.max(0, f.py(d.y0) - f.py(d.y1)))
      .attr('fill', (d) => d.fill)
      .attr('fill-opacity', (d) => d.opacity)
      .attr('stroke', roles.ink)
      .attr('stroke-width', 1);
    this.totalsG
      .selectAll<SVGTextElement, number>('text')
      .data(totals)
      .join('text')
      .attr('x', (_, c) => f.px(c))
      .attr('y', (t) => f.py(t) - 6)
      .attr('text-anchor', 'middle')
      .attr('font-size', chartFont.tick)
      .attr('font-weight', 600)
      .attr('fill', roles.ink)
      .text((t) => this.options.formatValue(t));
    const items = data.layers.filter((l) => l.label);
    const rows = this.legendG.selectAll<SVGGElement, BarLayer>('g').data(items, (l) => l.id).join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('width', 22).attr('height', 16).attr('y', -8);
      g.append('text').attr('x', 30).attr('dy', '0.35em').attr('font-size', chartFont.legend).attr('fill', roles.ink);
      return g;
    });
    rows.attr('transform', (_, i) => `translate(${i * (f.innerWidth / 2)},${-f.margin.top + 14})`);
    rows
      .select('rect')
      .attr('fill', (l) => this.legendFill(l))
      .attr('fill-opacity', (l) => l.opacity ?? 1)
      .attr('stroke', roles.ink);
    rows.select('text').text((l) => l.label!);
  }

  /** Remove the chart. */
  destroy(): void {
    this.frame.destroy();
  }
}
