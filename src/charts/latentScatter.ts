/**
 * A 2-D latent plane: thousands of codes as canvas dots coloured by digit, with an SVG overlay for the axes,
 * the legend, a crosshair at the picked point and optional annotations (σ-ellipses, sampled z).
 */

import * as d3 from 'd3';
import { chartFont } from './chartFrame.ts';
import { clientToLatent, fittedDomains, latentMapping, symmetricDomain, type LatentMapping } from './latentMapping.ts';
import { digitColor, roles } from './palette.ts';
import { drawAnnotations, type LatentAnnotations } from './latentAnnotations.ts';
import { drawLatentDots } from './latentDots.ts';
import { hexColor, publishNativeChart, type NativeChartSpec } from './nativeChart.ts';

export type { LatentEllipse, LatentMarker } from './latentAnnotations.ts';

/** Options of a LatentScatter. */
export interface LatentScatterOptions {
  /** Outer size in px (the plot is the largest square that fits beside the axes and legend). */
  width: number;
  height: number;
  /** Latent interval on both axes; by default symmetric around 0 from the data. */
  domain?: [number, number];
  /** With `domain`: the z₂ window is centred on this interval's centre (same width as `domain`). */
  yDomain?: [number, number];
  /** Without a fixed domain: 'symmetric' around 0 (default) or 'data' (the square box around the points). */
  fit?: 'symmetric' | 'data';
  /** Dot radius in px (default 3). */
  pointRadius?: number;
  /** Dot opacity (default 0.85; lower it to make annotations stand out). */
  pointOpacity?: number;
  /** Listen to the pointer and report picks (default true). */
  interactive?: boolean;
  /** Show the legend of the 10 classes on the right (default true). */
  legend?: boolean;
  /** The legend's name of each class 0–9 (default the digits); long names widen the legend. */
  classNames?: readonly string[];
  /** Axis titles (default z₁, z₂). */
  xLabel?: string;
  yLabel?: string;
  /** Accessible name of the figure (already localized). */
  ariaLabel?: string;
  /** Tick formatter (e.g. French decimal comma). */
  formatTick?: (v: number) => string;
}

/** Latent codes to draw: `points` holds x0, y0, x1, y1, … (2n values); `labels` the n digit classes. */
export interface LatentScatterData {
  points: Float32Array;
  labels: Uint8Array;
}

/** Callback of a pick: the latent coordinates under the pointer. */
export type LatentPick = (z: [number, number]) => void;

/** Outer margins around the square plot. */
const MARGIN = { top: 10, left: 76, bottom: 58, legend: 78 };

/** Width of the legend column: the digits' fixed width, or enough for the longest class name. */
function legendWidth(names: readonly string[] | undefined): number {
  const longest = Math.max(1, ...(names ?? []).map((n) => n.length));
  return Math.max(MARGIN.legend, 24 + Math.ceil(longest * (chartFont.legend + 2) * 0.56) + 8);
}

/** The latent-plane scatter chart (canvas dots + d3 SVG overlay). */
export class LatentScatter {
  /** The outer element holding canvas and SVG. */
  readonly root: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly plotG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly annotG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly crossG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly hit: SVGRectElement;
  private readonly side: number;
  private mappingNow: LatentMapping;
  private readonly picks: LatentPick[] = [];
  private pending: { x: number; y: number } | null = null;
  private raf = 0;
  private readonly detach: Array<() => void> = [];
  private data: LatentScatterData | null = null;
  /** The probed point shown by the crosshair, and whether annotations are drawn (then no native copy). */
  private marker: [number, number] | null = null;
  private annotated = false;

  private readonly options: LatentScatterOptions;

  constructor(container: HTMLElement, options: LatentScatterOptions) {
    this.options = { ...options };
    const legendW = options.legend === false ? 14 : legendWidth(options.classNames);
    this.side = Math.max(40, Math.min(options.width - MARGIN.left - legendW, options.height - MARGIN.top - MARGIN.bottom));
    this.mappingNow = latentMapping(options.domain ?? [-4, 4], this.side, options.domain ? options.yDomain : undefined);
    this.root = document.createElement('div');
    this.root.className = 'latent-scatter';
    this.root.setAttribute('data-prevent-swipe', '');
    Object.assign(this.root.style, { position: 'relative', width: `${options.width}px`, height: `${options.height}px` });
    this.canvas = document.createElement('canvas');
    const dpr = Math.max(2, (typeof window !== 'undefined' && window.devicePixelRatio) || 1);
    this.canvas.width = Math.round(this.side * dpr);
    this.canvas.height = Math.round(this.side * dpr);
    Object.assign(this.canvas.style, {
      position: 'absolute', left: `${MARGIN.left}px`, top: `${MARGIN.top}px`, width: `${this.side}px`, height: `${this.side}px`,
      pointerEvents: 'none',
    });
    this.root.append(this.canvas);
    container.append(this.root);

    this.svg = d3
      .select(this.root)
      .append('svg')
      .attr('class', 'chart latent-scatter-svg')
      .attr('width', options.width)
      .attr('height', options.height)
      .attr('viewBox', `0 0 ${options.width} ${options.height}`)
      .attr('role', 'img')
      .attr('aria-label', options.ariaLabel ?? 'latent space')
      .style('position', 'absolute')
      .style('left', '0')
      .style('top', '0');
    this.plotG = this.svg.append('g').attr('class', 'plot').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
    this.plotG.append('rect').attr('class', 'frame').attr('width', this.side).attr('height', this.side)
      .attr('fill', 'none').attr('stroke', roles.grid).attr('stroke-width', 1.5);
    this.plotG.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${this.side})`);
    this.plotG.append('g').attr('class', 'axis axis-y');
    this.axisTitles(options.xLabel ?? 'z₁', options.yLabel ?? 'z₂');
    this.annotG = this.plotG.append('g').attr('class', 'annotations');
    this.crossG = this.plotG.append('g').attr('class', 'crosshair').style('display', 'none');
    this.crossG.append('line').attr('class', 'cross-h');
    this.crossG.append('line').attr('class', 'cross-v');
    this.crossG.append('circle').attr('r', 9);
    this.crossG.selectAll('line').attr('stroke', roles.ink).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 4');
    this.crossG.select('circle').attr('fill', 'none').attr('stroke', roles.ink).attr('stroke-width', 3);
    this.hit = this.plotG.append('rect').attr('class', 'hit').attr('width', this.side).attr('height', this.side)
      .attr('fill', 'transparent').style('cursor', options.interactive === false ? 'default' : 'crosshair').node()!;
    if (options.legend !== false) this.drawLegend(MARGIN.left + this.side + 16);
    this.drawAxes();
    if (options.interactive !== false) this.listen();
    publishNativeChart(this.root, () => this.describe());
  }

  /** Current latent ↔ pixel mapping of the plot. */
  get mapping(): LatentMapping {
    return this.mappingNow;
  }

  /** Side of the square plot in px. */
  get plotSize(): number {
    return this.side;
  }

  /** Draw n codes coloured by digit (the domain follows the data unless fixed in the options). */
  update(data: LatentScatterData): void {
    this.data = data;
    const fitted = this.options.domain || this.options.fit !== 'data' ? null : fittedDomains(data.points);
    const next = fitted
      ? latentMapping(fitted.x, this.side, fitted.y)
      : latentMapping(this.options.domain ?? symmetricDomain(data.points), this.side, this.options.domain ? this.options.yDomain : undefined);
    const same = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];
    if (!same(next.domain, this.mappingNow.domain) || !same(next.yDomain, this.mappingNow.yDomain)) {
      this.mappingNow = next;
      this.drawAxes();
    }
    this.drawPoints();
  }

  /** Fix the shown window (z₁ interval, and z₂ centred on `yDomain`'s centre with the same width), then redraw. */
  setDomain(domain: [number, number], yDomain?: [number, number]): void {
    this.options.domain = domain;
    this.options.yDomain = yDomain;
    this.mappingNow = latentMapping(domain, this.side, yDomain);
    this.drawAxes();
    this.drawPoints();
  }

  /** Call `cb` with the latent point under the pointer on click, and at most once per animation frame on move. */
  onPick(cb: LatentPick): void {
    this.picks.push(cb);
  }

  /** Show the crosshair at `z` (null hides it). */
  setMarker(z: [number, number] | null): void {
    this.marker = z && Number.isFinite(z[0]) && Number.isFinite(z[1]) ? [z[0], z[1]] : null;
    if (!z || !Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
      this.crossG.style('display', 'none');
      return;
    }
    const [x, y] = this.clampedPx(z);
    this.crossG.style('display', null).attr('data-z1', z[0]).attr('data-z2', z[1]);
    this.crossG.select('.cross-h').attr('x1', 0).attr('x2', this.side).attr('y1', y).attr('y2', y);
    this.crossG.select('.cross-v').attr('x1', x).attr('x2', x).attr('y1', 0).attr('y2', this.side);
    this.crossG.select('circle').attr('cx', x).attr('cy', y);
  }

  /** Draw annotations over the dots (replaces the previous ones). */
  annotate(a: LatentAnnotations): void {
    const m = this.mappingNow;
    this.annotated = (a.ellipses?.length ?? 0) + (a.markers?.length ?? 0) > 0;
    drawAnnotations(this.annotG, a, (z) => this.clampedPx(z), this.side / (m.domain[1] - m.domain[0]), this.side);
    this.annotG.raise();
    this.crossG.raise();
    d3.select(this.hit).raise();
  }

  /** Remove the chart, its listeners and any pending frame. */
  destroy(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    for (const off of this.detach.splice(0)) off();
    this.picks.length = 0;
    this.root.remove();
  }

  /** Pixel position of z in the plot, clamped a little outside the square so far points stay finite. */
  private clampedPx(z: readonly [number, number]): [number, number] {
    const [x, y] = this.mappingNow.toPx(z[0], z[1]);
    const c = (v: number): number => Math.min(this.side * 2, Math.max(-this.side, v));
    return [c(x), c(y)];
  }

  private listen(): void {
    const at = (ev: PointerEvent | MouseEvent): [number, number] =>
      clientToLatent(this.mappingNow, ev.clientX, ev.clientY, this.hit.getBoundingClientRect());
    const emit = (z: [number, number]): void => {
      this.setMarker(z);
      for (const cb of this.picks) cb(z);
    };
    const onMove = (ev: PointerEvent): void => {
      this.pending = { x: ev.clientX, y: ev.clientY };
      if (this.raf) return;
      this.raf = requestAnimationFrame(() => {
        this.raf = 0;
        const p = this.pending;
        this.pending = null;
        if (p) emit(clientToLatent(this.mappingNow, p.x, p.y, this.hit.getBoundingClientRect()));
      });
    };
    const onClick = (ev: MouseEvent): void => {
      this.pending = null;
      emit(at(ev));
    };
    this.hit.addEventListener('pointermove', onMove);
    this.hit.addEventListener('click', onClick);
    this.detach.push(() => this.hit.removeEventListener('pointermove', onMove));
    this.detach.push(() => this.hit.removeEventListener('click', onClick));
  }

  private drawAxes(): void {
    const scale = d3.scaleLinear().domain(this.mappingNow.domain as [number, number]).range([0, this.side]);
    const yScale = d3.scaleLinear().domain(this.mappingNow.yDomain as [number, number]).range([this.side, 0]);
    const fmt = this.options.formatTick;
    const xAxis = d3.axisBottom(scale).ticks(5).tickSizeOuter(0);
    const yAxis = d3.axisLeft(yScale).ticks(5).tickSizeOuter(0);
    if (fmt) {
      xAxis.tickFormat((v) => fmt(+v));
      yAxis.tickFormat((v) => fmt(+v));
    }
    const xg = this.plotG.select<SVGGElement>('.axis-x').call(xAxis);
    const yg = this.plotG.select<SVGGElement>('.axis-y').call(yAxis);
    for (const g of [xg, yg]) {
      g.attr('font-size', chartFont.tick).attr('font-family', null);
      g.selectAll('.domain, line').attr('stroke', roles.ink).attr('stroke-width', 1.5);
      g.selectAll('text').attr('fill', roles.ink);
    }
  }

  private axisTitles(xLabel: string, yLabel: string): void {
    this.plotG.append('text').attr('class', 'axis-label').attr('x', this.side / 2).attr('y', this.side + MARGIN.bottom - 8)
      .attr('text-anchor', 'middle').attr('font-size', chartFont.label + 2).attr('font-style', 'italic').attr('fill', roles.ink).text(xLabel);
    this.plotG.append('text').attr('class', 'axis-label').attr('transform', `translate(${-MARGIN.left + 18},${this.side / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle').attr('font-size', chartFont.label + 2).attr('font-style', 'italic').attr('fill', roles.ink).text(yLabel);
  }

  private drawLegend(x: number): void {
    const row = Math.min(30, (this.side - 4) / 10);
    const g = this.svg.append('g').attr('class', 'legend').attr('transform', `translate(${x},${MARGIN.top + 4})`);
    const items = g.selectAll('g').data(d3.range(10)).join('g').attr('class', 'legend-item')
      .attr('data-digit', (d) => d).attr('transform', (d) => `translate(0,${d * row})`);
    items.append('circle').attr('cx', 9).attr('cy', row / 2).attr('r', 8).attr('fill', (d) => digitColor(d))
      .attr('stroke', 'rgba(0,0,0,0.45)').attr('stroke-width', 1);
    const names = this.options.classNames;
    items.append('text').attr('x', 24).attr('y', row / 2).attr('dy', '0.35em').attr('font-size', chartFont.legend + 2)
      .attr('font-weight', 700).attr('fill', roles.ink).text((d) => names?.[d] ?? String(d));
  }

  /** The points as one scatter series per digit (plus the probed point), or null when annotations are drawn. */
  private describe(): NativeChartSpec | null {
    const data = this.data;
    if (!data || this.annotated) return null;
    const series = d3.range(10).map((d) => ({ name: String(d), color: hexColor(digitColor(d)), x: [] as number[], y: [] as number[] }));
    for (let i = 0; i < data.labels.length; i++) {
      const s = series[data.labels[i] % 10];
      s.x.push(data.points[2 * i]);
      s.y.push(data.points[2 * i + 1]);
    }
    const probe = this.marker ? [{ name: 'z', color: hexColor(roles.ink), x: [this.marker[0]], y: [this.marker[1]], marker: true }] : [];
    const m = this.mappingNow;
    const o = this.options;
    return { kind: 'scatter', series: [...series, ...probe], xDomain: [m.domain[0], m.domain[1]], yDomain: [m.yDomain[0], m.yDomain[1]], xTitle: o.xLabel ?? 'z₁', yTitle: o.yLabel ?? 'z₂' };
  }

  private drawPoints(): void {
    if (!this.data) return;
    drawLatentDots(this.canvas, this.side, this.data, this.mappingNow, this.options.pointRadius ?? 3, this.options.pointOpacity ?? 0.85);
  }
}
