/** A line/area chart: several curves, shaded regions, vertical markers, text labels and a legend. */

import * as d3 from 'd3';
import { ChartFrame, chartFont, finiteOr, type FrameOptions } from './chartFrame.ts';
import { areaPath, linePath } from './paths.ts';
import { roles } from './palette.ts';

/** A curve. */
export interface LineSeries {
  id: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  color: string;
  width?: number;
  dash?: string;
  /** Shown in the legend when given. */
  label?: string;
}

/** A shaded region between y0 (a curve or a flat level, 0 by default) and y1. */
export interface AreaSeries {
  id: string;
  xs: ArrayLike<number>;
  y1: ArrayLike<number>;
  y0?: ArrayLike<number> | number;
  color: string;
  opacity?: number;
  /** Shown in the legend when given. */
  label?: string;
}

/** A vertical line at x (e.g. a mean). */
export interface VLine {
  id: string;
  x: number;
  color: string;
  dash?: string;
}

/** A text label placed at data coordinates. */
export interface Annotation {
  id: string;
  x: number;
  y: number;
  text: string;
  color?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** What one update draws. */
export interface LineChartData {
  series: LineSeries[];
  areas?: AreaSeries[];
  vlines?: VLine[];
  annotations?: Annotation[];
  /** Overrides the options' yDomain; otherwise [min(0, lowest), 1.08 × highest]. */
  yDomain?: [number, number];
  /** Overrides the options' xDomain. */
  xDomain?: [number, number];
}

/** Options of a LineChart. */
export interface LineChartOptions extends FrameOptions {
  xDomain: [number, number];
  yDomain?: [number, number];
  legend?: 'top-right' | 'top-left' | 'none';
}

function extent(data: LineChartData): [number, number] {
  let lo = 0;
  let hi = -Infinity;
  const scan = (ys: ArrayLike<number>) => {
    for (let i = 0; i < ys.length; i++) {
      const v = ys[i];
      if (!Number.isFinite(v)) continue;
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
  };
  for (const s of data.series) scan(s.ys);
  for (const a of data.areas ?? []) scan(a.y1);
  if (!Number.isFinite(hi) || hi <= lo) hi = lo + 1;
  const pad = 0.08 * (hi - lo);
  return [lo < 0 ? lo - pad : 0, hi + pad];
}

/** Line/area chart (d3, SVG). */
export class LineChart {
  private readonly frame: ChartFrame;
  private readonly areasG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly linesG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly vlinesG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly notesG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly legendG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private legendKey = '';

  constructor(
    container: HTMLElement,
    private readonly options: LineChartOptions,
  ) {
    this.frame = new ChartFrame(container, options);
    this.frame.svg.classed('line-chart', true);
    this.areasG = this.frame.plot.append('g').attr('class', 'areas');
    this.vlinesG = this.frame.plot.append('g').attr('class', 'vlines');
    this.linesG = this.frame.plot.append('g').attr('class', 'lines');
    this.notesG = this.frame.overlay.append('g').attr('class', 'annotations');
    this.legendG = this.frame.overlay.append('g').attr('class', 'legend');
  }

  /** The root <svg>. */
  get svg(): SVGSVGElement {
    return this.frame.svg.node()!;
  }

  /** Redraw with new data (elements are reused; only attributes change). */
  update(data: LineChartData): void {
    const f = this.frame;
    f.setDomains(data.xDomain ?? this.options.xDomain, data.yDomain ?? this.options.yDomain ?? this.stickyExtent(extent(data)));
    this.areasG
      .selectAll<SVGPathElement, AreaSeries>('path')
      .data(data.areas ?? [], (d) => d.id)
      .join('path')
      .attr('fill', (d) => d.color)
      .attr('fill-opacity', (d) => d.opacity ?? 0.3)
      .attr('stroke', 'none')
      .attr('d', (d) => areaPath(f, d.xs, d.y1, d.y0 ?? 0));
    this.vlinesG
      .selectAll<SVGLineElement, VLine>('line')
      .data((data.vlines ?? []).filter((v) => Number.isFinite(v.x)), (d) => d.id)
      .join('line')
      .attr('x1', (d) => f.px(d.x))
      .attr('x2', (d) => f.px(d.x))
      .attr('y1', 0)
      .attr('y2', f.innerHeight)
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', (d) => d.dash ?? '6 5');
    this.linesG
      .selectAll<SVGPathElement, LineSeries>('path')
      .data(data.series, (d) => d.id)
      .join('path')
      .attr('fill', 'none')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', (d) => d.width ?? 3.5)
      .attr('stroke-dasharray', (d) => d.dash ?? null)
      .attr('stroke-linejoin', 'round')
      .attr('d', (d) => linePath(f, d.xs, d.ys));
    this.notesG
      .selectAll<SVGTextElement, Annotation>('text')
      .data((data.annotations ?? []).filter((a) => Number.isFinite(a.x) && Number.isFinite(a.y)), (d) => d.id)
      .join('text')
      .attr('x', (d) => f.px(d.x))
      .attr('y', (d) => f.py(d.y))
      .attr('text-anchor', (d) => d.anchor ?? 'middle')
      .attr('font-size', chartFont.annotation)
      .attr('font-weight', 700)
      .attr('fill', (d) => d.color ?? roles.ink)
      .attr('paint-order', 'stroke')
      .attr('stroke', roles.paper)
      .attr('stroke-width', 4)
      .text((d) => d.text);
    this.drawLegend(data);
  }

  /**
   * Keep the automatic y-domain while the data still fill 65–100 % of it, so the axis stays put (and is not
   * redrawn) during small slider moves; jump to the new extent only when the curves outgrow or shrink a lot.
   */
  private stickyExtent([lo, hi]: [number, number]): [number, number] {
    const prev = this.autoDomain;
    const keep = (next: number, cur: number) => Math.abs(next) <= Math.abs(cur) && Math.abs(next) >= 0.65 * Math.abs(cur);
    const out: [number, number] = prev && keep(hi, prev[1]) && (lo === 0 ? prev[0] === 0 : keep(lo, prev[0])) ? prev : [lo, hi];
    this.autoDomain = out;
    return out;
  }

  private autoDomain: [number, number] | null = null;

  private drawLegend(data: LineChartData): void {
    if (this.options.legend === 'none') return;
    const items = [
      ...data.series.filter((s) => s.label).map((s) => ({ label: s.label!, color: s.color, area: false, dash: s.dash })),
      ...(data.areas ?? []).filter((a) => a.label).map((a) => ({ label: a.label!, color: a.color, area: true, dash: undefined })),
    ];
    const key = items.map((i) => `${i.label}|${i.color}|${i.area}`).join(';');
    if (key === this.legendKey) return;
    this.legendKey = key;
    const left = this.options.legend === 'top-left';
    const x0 = left ? 12 : this.frame.innerWidth - 12;
    const rowH = chartFont.legend + 8;
    const rows = this.legendG.selectAll<SVGGElement, (typeof items)[number]>('g').data(items).join((enter) => {
      const g = enter.append('g');
      g.append('path');
      g.append('text');
      return g;
    });
    rows.attr('transform', (_, i) => `translate(${x0},${12 + i * rowH})`);
    rows
      .select('path')
      .attr('d', left ? 'M0,0h28' : 'M-28,0h28')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', (d) => (d.area ? 14 : 4))
      .attr('stroke-opacity', (d) => (d.area ? 0.45 : 1))
      .attr('stroke-dasharray', (d) => d.dash ?? null);
    rows
      .select('text')
      .attr('x', left ? 36 : -36)
      .attr('dy', '0.35em')
      .attr('text-anchor', left ? 'start' : 'end')
      .attr('font-size', chartFont.legend)
      .attr('font-weight', 600)
      .attr('fill', roles.ink)
      .attr('paint-order', 'stroke')
      .attr('stroke', roles.paper)
      .attr('stroke-width', 4)
      .text((d) => d.label);
  }

  /** Data y of the top of the current y-domain (useful to place labels). */
  get yTop(): number {
    return finiteOr(this.frame.y.domain()[1], 1);
  }

  /** Remove the chart. */
  destroy(): void {
    this.frame.destroy();
  }
}
