/** The shared SVG frame of the 2-D charts: size, margins, linear scales, large projector-sized axes, a clip path. */

import * as d3 from 'd3';
import { roles } from './palette.ts';

/** Type sizes (px at the deck's 1280×720) that stay readable from the back of a classroom. */
export const chartFont = { tick: 18, label: 20, legend: 18, annotation: 18 } as const;

/** Space around the plotting area. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options shared by every chart frame. */
export interface FrameOptions {
  /** Outer size in px (the SVG's width/height and viewBox). */
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** Axis titles (already localized). */
  xLabel?: string;
  yLabel?: string;
  /** Accessible name of the figure (already localized). */
  ariaLabel: string;
  /** Tick label formatter (e.g. French decimal comma); defaults to d3's. */
  formatTick?: (v: number) => string;
  /** Approximate number of ticks per axis. */
  ticks?: number;
}

/**
 * `${prefix}-n` for the smallest n ≥ 1 that no element in `near`'s tree (its document, or the detached tree it is in)
 * uses as an id or as an id prefix (`${prefix}-n-…`): unique ids for clip paths, gradients and labels without a counter.
 */
export function freshId(near: Node, prefix: string): string {
  const root = near.getRootNode() as Node & ParentNode;
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!root.querySelector(`[id="${id}"], [id^="${id}-"]`)) return id;
  }
}

/** A finite number, or the fallback (charts never write NaN/∞ into the SVG). */
export function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}

/** A finite, non-empty [lo, hi] interval (widens a point, swaps a reversed pair, replaces NaN by [0, 1]). */
export function safeDomain(lo: number, hi: number): [number, number] {
  let a = finiteOr(lo, 0);
  let b = finiteOr(hi, 1);
  if (a > b) [a, b] = [b, a];
  if (b - a < 1e-12) {
    const pad = Math.max(1e-6, Math.abs(a) * 0.1);
    a -= pad;
    b += pad;
  }
  return [a, b];
}

/** Pixel coordinate clamped to a band around the plot, so huge values give long lines, never NaN/∞ attributes. */
export function clampPx(v: number, size: number): number {
  return Math.min(size * 4, Math.max(-size * 3, finiteOr(v, 0)));
}

/** An SVG chart frame: the <svg>, a plotting group translated by the margins, scales and axes. */
export class ChartFrame {
  readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  /** Plotting area, clipped to the inner rectangle. */
  readonly plot: d3.Selection<SVGGElement, unknown, null, undefined>;
  /** Overlay above the clipped plot (labels, legends) — not clipped. */
  readonly overlay: d3.Selection<SVGGElement, unknown, null, undefined>;
  readonly x = d3.scaleLinear();
  readonly y = d3.scaleLinear();
  readonly margin: Margin;
  readonly innerWidth: number;
  readonly innerHeight: number;
  private readonly xAxisG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly yAxisG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private lastDomains = '';

  constructor(
    container: HTMLElement,
    private readonly options: FrameOptions,
  ) {
    const m: Margin = { top: 16, right: 20, bottom: 62, left: 78, ...options.margin };
    this.margin = m;
    this.innerWidth = Math.max(10, options.width - m.left - m.right);
    this.innerHeight = Math.max(10, options.height - m.top - m.bottom);
    const clipId = freshId(container, 'chart-clip');
    this.svg = d3
      .select(container)
      .append('svg')
      .attr('class', 'chart')
      .attr('width', options.width)
      .attr('height', options.height)
      .attr('viewBox', `0 0 ${options.width} ${options.height}`)
      .attr('role', 'img')
      .attr('aria-label', options.ariaLabel);
    this.svg
      .append('clipPath')
      .attr('id', clipId)
      .append('rect')
      .attr('width', this.innerWidth)
      .attr('height', this.innerHeight);
    const root = this.svg.append('g').attr('transform', `translate(${m.left},${m.top})`);
    this.xAxisG = root.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${this.innerHeight})`);
    this.yAxisG = root.append('g').attr('class', 'axis axis-y');
    this.plot = root.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);
    this.overlay = root.append('g').attr('class', 'overlay');
    this.x.range([0, this.innerWidth]);
    this.y.range([this.innerHeight, 0]);
    if (options.xLabel) {
      root
        .append('text')
        .attr('class', 'axis-label')
        .attr('x', this.innerWidth / 2)
        .attr('y', this.innerHeight + m.bottom - 10)
        .attr('text-anchor', 'middle')
        .attr('font-size', chartFont.label)
        .attr('fill', roles.ink)
        .text(options.xLabel);
    }
    if (options.yLabel) {
      root
        .append('text')
        .attr('class', 'axis-label')
        .attr('transform', `translate(${-m.left + 22},${this.innerHeight / 2}) rotate(-90)`)
        .attr('text-anchor', 'middle')
        .attr('font-size', chartFont.label)
        .attr('fill', roles.ink)
        .text(options.yLabel);
    }
  }

  /** Set both domains (made safe) and redraw the axes only when they changed. */
  setDomains(x: readonly [number, number], y: readonly [number, number]): void {
    const xd = safeDomain(x[0], x[1]);
    const yd = safeDomain(y[0], y[1]);
    const key = `${xd[0]},${xd[1]},${yd[0]},${yd[1]}`;
    if (key === this.lastDomains) return;
    this.lastDomains = key;
    this.x.domain(xd);
    this.y.domain(yd);
    const ticks = this.options.ticks ?? 6;
    const fmt = this.options.formatTick;
    const xAxis = d3.axisBottom(this.x).ticks(ticks).tickSizeOuter(0);
    const yAxis = d3.axisLeft(this.y).ticks(Math.max(3, ticks - 1)).tickSizeOuter(0);
    if (fmt) {
      xAxis.tickFormat((v) => fmt(+v));
      yAxis.tickFormat((v) => fmt(+v));
    }
    for (const [g, axis] of [[this.xAxisG, xAxis], [this.yAxisG, yAxis]] as const) {
      g.call(axis);
      g.attr('font-size', chartFont.tick).attr('font-family', null);
      g.selectAll('.domain, line').attr('stroke', roles.ink).attr('stroke-width', 1.5);
      g.selectAll('text').attr('fill', roles.ink);
    }
  }

  /** x in pixels, clamped to stay finite. */
  px(v: number): number {
    return clampPx(this.x(v), this.innerWidth);
  }

  /** y in pixels, clamped to stay finite. */
  py(v: number): number {
    return clampPx(this.y(v), this.innerHeight);
  }

  /** Remove the SVG. */
  destroy(): void {
    this.svg.remove();
  }
}
