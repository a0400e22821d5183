/** A 2-D chart of a density: filled contour rings (e.g. 1σ/2σ/3σ ellipses), sample points, mean and principal axes. */

import * as d3 from 'd3';
import { ChartFrame, chartFont, type FrameOptions } from './chartFrame.ts';
import { dotsPath, linePath, polygonPath } from './paths.ts';
import { roles } from './palette.ts';

/** One closed contour line, filled. */
export interface Contour {
  id: string;
  points: ReadonlyArray<readonly [number, number]>;
  color: string;
  fillOpacity: number;
  /** Text placed at the contour's first point (e.g. "2σ"). */
  label?: string;
}

/** A segment in data coordinates (e.g. a principal axis of the covariance). */
export interface Segment {
  id: string;
  from: readonly [number, number];
  to: readonly [number, number];
  color: string;
}

/** What one update draws. */
export interface ContourChartData {
  /** Drawn in order: put the widest first. */
  contours: Contour[];
  points?: { x: ArrayLike<number>; y: ArrayLike<number>; color: string; radius?: number; opacity?: number };
  mean?: readonly [number, number];
  segments?: Segment[];
}

/** Options of a ContourChart: fixed domains so the picture moves, not the axes. */
export interface ContourChartOptions extends FrameOptions {
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Density contour chart (d3, SVG). */
export class ContourChart {
  private readonly frame: ChartFrame;
  private readonly contoursG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly dots: d3.Selection<SVGPathElement, unknown, null, undefined>;
  private readonly segmentsG: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly meanG: d3.Selection<SVGPathElement, unknown, null, undefined>;
  private readonly labelsG: d3.Selection<SVGGElement, unknown, null, undefined>;

  constructor(container: HTMLElement, options: ContourChartOptions) {
    this.frame = new ChartFrame(container, options);
    this.frame.svg.classed('contour-chart', true);
    this.frame.setDomains(options.xDomain, options.yDomain);
    this.contoursG = this.frame.plot.append('g').attr('class', 'contours');
    this.dots = this.frame.plot.append('path').attr('class', 'samples');
    this.segmentsG = this.frame.plot.append('g').attr('class', 'segments');
    this.meanG = this.frame.plot
      .append('path')
      .attr('class', 'mean')
      .attr('stroke', roles.ink)
      .attr('stroke-width', 4)
      .attr('fill', 'none');
    this.labelsG = this.frame.plot.append('g').attr('class', 'contour-labels');
  }

  /** The root <svg>. */
  get svg(): SVGSVGElement {
    return this.frame.svg.node()!;
  }

  /** Redraw contours, points, mean and segments (elements reused). */
  update(data: ContourChartData): void {
    const f = this.frame;
    this.contoursG
      .selectAll<SVGPathElement, Contour>('path')
      .data(data.contours, (c) => c.id)
      .join('path')
      .attr('fill', (c) => c.color)
      .attr('fill-opacity', (c) => c.fillOpacity)
      .attr('stroke', (c) => c.color)
      .attr('stroke-width', 2.5)
      .attr('d', (c) => polygonPath(f, c.points));
    const p = data.points;
    this.dots
      .attr('fill', p?.color ?? 'none')
      .attr('fill-opacity', p?.opacity ?? 0.7)
      .attr('d', p ? dotsPath(f, p.x, p.y, p.radius ?? 3) : null);
    this.segmentsG
      .selectAll<SVGPathElement, Segment>('path')
      .data(data.segments ?? [], (s) => s.id)
      .join('path')
      .attr('stroke', (s) => s.color)
      .attr('stroke-width', 3)
      .attr('stroke-dasharray', '8 6')
      .attr('d', (s) => linePath(f, [s.from[0], s.to[0]], [s.from[1], s.to[1]]));
    const m = data.mean;
    if (m && Number.isFinite(m[0]) && Number.isFinite(m[1])) {
      const x = Math.round(f.px(m[0]) * 100) / 100;
      const y = Math.round(f.py(m[1]) * 100) / 100;
      this.meanG.attr('d', `M${x - 10},${y - 10}L${x + 10},${y + 10}M${x - 10},${y + 10}L${x + 10},${y - 10}`);
    } else {
      this.meanG.attr('d', null);
    }
    const labelled = data.contours.filter((c) => c.label && c.points.length > 0 && c.points.every(([a, b]) => Number.isFinite(a) && Number.isFinite(b)));
    this.labelsG
      .selectAll<SVGTextElement, Contour>('text')
      .data(labelled, (c) => c.id)
      .join('text')
      .attr('x', (c) => f.px(c.points[0][0]) + 6)
      .attr('y', (c) => f.py(c.points[0][1]))
      .attr('dy', '0.35em')
      .attr('font-size', chartFont.annotation)
      .attr('font-weight', 700)
      .attr('fill', roles.ink)
      .attr('paint-order', 'stroke')
      .attr('stroke', roles.paper)
      .attr('stroke-width', 4)
      .text((c) => c.label!);
  }

  /** Remove the chart. */
  destroy(): void {
    this.frame.destroy();
  }
}
