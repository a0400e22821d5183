/** An n×n mosaic of decoded digits on one canvas, with the latent value of a few rows and columns on its axes. */

import * as d3 from 'd3';
import { chartFont } from './chartFrame.ts';
import { context2d, DIGIT_PIXELS, DIGIT_SIDE, drawDigit } from './digitGrid.ts';
import { roles } from './palette.ts';

/** Options of a DigitManifold. */
export interface DigitManifoldOptions {
  /** Digits per side. */
  n: number;
  /** Side of the mosaic on screen in px (the axes add a margin around it). */
  size: number;
  /** Latent value of each column (left → right); rows use the same values, largest at the top. */
  axis: readonly number[];
  /** Tick label formatter (e.g. French decimal comma). */
  formatTick: (v: number) => string;
  ariaLabel: string;
}

const MARGIN = { left: 62, bottom: 50, top: 4, right: 8 };

/** The manifold mosaic (canvas + SVG axes). */
export class DigitManifold {
  readonly root: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(
    container: HTMLElement,
    private readonly options: DigitManifoldOptions,
  ) {
    const { size, n } = options;
    const width = size + MARGIN.left + MARGIN.right;
    const height = size + MARGIN.top + MARGIN.bottom;
    this.root = document.createElement('div');
    this.root.className = 'digit-manifold';
    Object.assign(this.root.style, { position: 'relative', width: `${width}px`, height: `${height}px` });
    this.canvas = document.createElement('canvas');
    // One backing pixel per digit pixel: n·28 (560 for n = 20), so the mosaic stays sharp when printed.
    this.canvas.width = n * DIGIT_SIDE;
    this.canvas.height = n * DIGIT_SIDE;
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', options.ariaLabel);
    Object.assign(this.canvas.style, {
      position: 'absolute', left: `${MARGIN.left}px`, top: `${MARGIN.top}px`, width: `${size}px`, height: `${size}px`,
      imageRendering: 'pixelated', border: `1px solid ${roles.grid}`, background: '#fff',
    });
    this.root.append(this.canvas);
    container.append(this.root);
    this.svg = d3.select(this.root).append('svg').attr('width', width).attr('height', height)
      .style('position', 'absolute').style('left', '0').style('top', '0').style('pointer-events', 'none');
    this.drawAxes();
  }

  /** The mosaic canvas. */
  get mosaic(): HTMLCanvasElement {
    return this.canvas;
  }

  /** Draw n² images (n²·784 intensities, row by row from the top). Returns how many were drawn. */
  update(images: Float32Array): number {
    const ctx = context2d(this.canvas);
    const { n } = this.options;
    const k = Math.min(n * n, Math.floor(images.length / DIGIT_PIXELS));
    if (!ctx) return 0;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    for (let i = 0; i < k; i++) {
      const r = Math.floor(i / n);
      const c = i % n;
      drawDigit(ctx, images, c * DIGIT_SIDE, r * DIGIT_SIDE, DIGIT_SIDE, 'paper', i * DIGIT_PIXELS);
    }
    this.root.dataset.drawn = String(k);
    return k;
  }

  /** Frame the cell nearest to latent point z (hidden when z lies outside the mosaic or is null). */
  highlight(z: readonly [number, number] | null): void {
    const { n, size, axis } = this.options;
    let box = this.root.querySelector<HTMLDivElement>('.manifold-cursor');
    const nearest = (v: number): number => {
      let best = 0;
      for (let i = 1; i < n; i++) if (Math.abs(axis[i] - v) < Math.abs(axis[best] - v)) best = i;
      return best;
    };
    const half = (axis[n - 1] - axis[n - 2]) / 2;
    const inside = (v: number): boolean => v >= axis[0] - half && v <= axis[n - 1] + half;
    if (!z || !Number.isFinite(z[0]) || !Number.isFinite(z[1]) || !inside(z[0]) || !inside(z[1])) {
      if (box) box.style.display = 'none';
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'manifold-cursor';
      Object.assign(box.style, { position: 'absolute', border: `3px solid ${roles.q}`, pointerEvents: 'none', boxSizing: 'border-box' });
      this.root.append(box);
    }
    const cell = size / n;
    const c = nearest(z[0]);
    const r = n - 1 - nearest(z[1]);
    Object.assign(box.style, { display: 'block', left: `${MARGIN.left + c * cell - 1}px`, top: `${MARGIN.top + r * cell - 1}px`, width: `${cell + 3}px`, height: `${cell + 3}px` });
  }

  /** Remove the chart. */
  destroy(): void {
    this.root.remove();
  }

  private drawAxes(): void {
    const { n, size, axis, formatTick } = this.options;
    const cell = size / n;
    // Symmetric ticks (the quantile grid has no exact centre when n is even): the ends and the quarter points.
    const quarter = Math.round((n - 1) / 4);
    const picks = [0, quarter, n - 1 - quarter, n - 1];
    const g = this.svg.append('g').attr('font-size', chartFont.tick).attr('fill', roles.ink);
    for (const c of new Set(picks)) {
      const x = MARGIN.left + (c + 0.5) * cell;
      const y = MARGIN.top + (n - 1 - c + 0.5) * cell;
      g.append('line').attr('x1', x).attr('x2', x).attr('y1', MARGIN.top + size).attr('y2', MARGIN.top + size + 5).attr('stroke', roles.ink);
      g.append('text').attr('x', x).attr('y', MARGIN.top + size + 22).attr('text-anchor', 'middle').text(formatTick(axis[c]));
      g.append('line').attr('x1', MARGIN.left - 5).attr('x2', MARGIN.left).attr('y1', y).attr('y2', y).attr('stroke', roles.ink);
      g.append('text').attr('x', MARGIN.left - 8).attr('y', y).attr('dy', '0.35em').attr('text-anchor', 'end').text(formatTick(axis[c]));
    }
    g.append('text').attr('x', MARGIN.left + size / 2).attr('y', MARGIN.top + size + 46).attr('text-anchor', 'middle')
      .attr('font-size', chartFont.label + 2).attr('font-style', 'italic').text('z₁');
    g.append('text').attr('transform', `translate(16,${MARGIN.top + size / 2}) rotate(-90)`).attr('text-anchor', 'middle')
      .attr('font-size', chartFont.label + 2).attr('font-style', 'italic').text('z₂');
  }
}
