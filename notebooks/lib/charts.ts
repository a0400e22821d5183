/** SVG charts for the notebook (no DOM needed): loss curves, latent scatter by class, a latent manifold with axes. */
import { digitColor, roles } from '../../src/charts/palette.ts';
import { displayable, escapeHtml, type Displayable, type GrayRaster } from './digits.ts';
import { encodeGrayPng } from './png.ts';

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';
const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A tick label the French way: decimal comma, and a true minus sign (U+2212) rather than a hyphen. */
export function tickLabel(v: number): string {
  return fmt.format(v).replace('-', '\u2212');
}

/** [lo, hi] widened by `fraction` of its span on each side (so points on the edge are not cut). */
export function padded(lo: number, hi: number, fraction = 0.05): [number, number] {
  const pad = (hi - lo || Math.abs(lo) || 1) * fraction;
  return [lo - pad, hi + pad];
}

/** Round, readable tick values covering [lo, hi] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) throw new Error(`niceTicks: bounds must be finite, got ${lo}, ${hi}`);
  if (hi === lo) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Ticks that enclose [lo, hi]: the first is ≤ lo and the last ≥ hi (so the axis ends on a labelled value). */
export function enclosingTicks(lo: number, hi: number, count = 5): number[] {
  const inner = niceTicks(lo, hi, count);
  if (inner.length < 2) return inner;
  const step = inner[1] - inner[0];
  const ticks = [...inner];
  if (ticks[0] > lo) ticks.unshift(Number((ticks[0] - step).toPrecision(12)));
  if (ticks[ticks.length - 1] < hi) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Axes, ticks, grid and labels for the data box of `frame`; x and y map data to pixels. */
function axes(f: Frame, xs: number[], ys: number[], x: (v: number) => number, y: (v: number) => number, xLabel: string, yLabel: string): string {
  const parts: string[] = [];
  for (const v of ys) {
    parts.push(`<line x1="${f.left}" x2="${f.width - f.right}" y1="${y(v)}" y2="${y(v)}" stroke="${roles.grid}" stroke-width="1"/>`);
    parts.push(`<text x="${f.left - 8}" y="${y(v)}" text-anchor="end" dominant-baseline="middle" font-size="13" fill="${roles.ink}">${tickLabel(v)}</text>`);
  }
  for (const v of xs) {
    parts.push(`<line x1="${x(v)}" x2="${x(v)}" y1="${f.height - f.bottom}" y2="${f.height - f.bottom + 5}" stroke="${roles.ink}"/>`);
    parts.push(`<text x="${x(v)}" y="${f.height - f.bottom + 20}" text-anchor="middle" font-size="13" fill="${roles.ink}">${tickLabel(v)}</text>`);
  }
  parts.push(`<line x1="${f.left}" x2="${f.width - f.right}" y1="${f.height - f.bottom}" y2="${f.height - f.bottom}" stroke="${roles.ink}"/>`);
  parts.push(`<line x1="${f.left}" x2="${f.left}" y1="${f.top}" y2="${f.height - f.bottom}" stroke="${roles.ink}"/>`);
  const cx = (f.left + f.width - f.right) / 2;
  const cy = (f.top + f.height - f.bottom) / 2;
  parts.push(`<text x="${cx}" y="${f.height - 8}" text-anchor="middle" font-size="14" fill="${roles.ink}">${escapeHtml(xLabel)}</text>`);
  parts.push(`<text transform="translate(16 ${cy}) rotate(-90)" text-anchor="middle" font-size="14" fill="${roles.ink}">${escapeHtml(yLabel)}</text>`);
  return parts.join('');
}

/** The SVG document: white background, an optional heading, the body; `label` (default: the title) for screen readers. */
function svgDoc(f: Frame, title: string, body: string, label = title): string {
  const heading = title ? `<text x="${f.left}" y="20" font-size="16" font-weight="600" fill="${roles.ink}">${escapeHtml(title)}</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" ${FONT} role="img" aria-label="${escapeHtml(label)}"><rect width="100%" height="100%" fill="#fff"/>${heading}${body}</svg>`;
}

/** One curve of a line chart. */
export interface Series {
  name: string;
  color: string;
  points: Array<[number, number]>;
  dashed?: boolean;
}

/** Options of lineChart. */
export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

/** Legend width for these names at font-size 13 (a generous 7.5 px per character, plus the swatch). */
function legendWidth(series: Series[]): number {
  return 56 + 7.5 * Math.max(...series.map((s) => s.name.length));
}

/**
 * The body of one line chart (axes, curves, legend on the right) in a frame whose top is `top`; the y axis spans
 * the data (ticks enclosing it), not 0. Non-finite points are skipped.
 */
function linePanel(series: Series[], o: LineChartOptions, top: number): string {
  const f: Frame = { width: o.width ?? 720, height: top + (o.height ?? 300), left: 64, right: legendWidth(series), top: top + 34, bottom: 48 };
  const finite = (p: [number, number]) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
  const pts = series.flatMap((s) => s.points).filter(finite);
  if (pts.length === 0) throw new Error(`lineChart "${o.title}": no finite point to draw`);
  const xt = enclosingTicks(Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0])), 6);
  const yt = enclosingTicks(Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1])), 5);
  const [x0, x1] = [xt[0], xt[xt.length - 1]];
  const [y0, y1] = [yt[0], yt[yt.length - 1]];
  const x = (v: number) => +(f.left + ((v - x0) / (x1 - x0 || 1)) * (f.width - f.left - f.right)).toFixed(1);
  const y = (v: number) => +(f.height - f.bottom - ((v - y0) / (y1 - y0 || 1)) * (f.height - f.top - f.bottom)).toFixed(1);
  const lines = series.map((s) => {
    const d = s.points.filter(finite).map(([a, b], i) => `${i ? 'L' : 'M'}${x(a)},${y(b)}`).join('');
    return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
  });
  const legend = series.map((s, i) => {
    const ly = f.top + 10 + i * 24;
    const lx = f.width - f.right + 16;
    return `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/><text x="${lx + 30}" y="${ly}" dominant-baseline="middle" font-size="13" fill="${roles.ink}">${escapeHtml(s.name)}</text>`;
  });
  const heading = `<text x="${f.left}" y="${top + 20}" font-size="16" font-weight="600" fill="${roles.ink}">${escapeHtml(o.title)}</text>`;
  return heading + axes(f, xt, yt, x, y, o.xLabel, o.yLabel) + lines.join('') + legend.join('');
}

/** A line chart with a legend, as SVG text; non-finite points are skipped. */
export function lineChartSvg(series: Series[], o: LineChartOptions): string {
  const f: Frame = { width: o.width ?? 720, height: o.height ?? 300, left: 0, right: 0, top: 0, bottom: 0 };
  return svgDoc(f, '', linePanel(series, o, 0), o.title);
}

/** Line charts stacked in one SVG (e.g. the two loss terms, whose scales differ), one panel under the other. */
export function stackedLineChartsSvg(panels: Array<{ series: Series[]; options: LineChartOptions }>, label: string): string {
  let top = 0;
  const bodies = panels.map(({ series, options }) => {
    const body = linePanel(series, options, top);
    top += options.height ?? 300;
    return body;
  });
  const width = Math.max(...panels.map((p) => p.options.width ?? 720));
  return svgDoc({ width, height: top, left: 0, right: 0, top: 0, bottom: 0 }, '', bodies.join(''), label);
}

/** Options of scatterByClass. */
export interface ScatterOptions {
  title: string;
  xLabel?: string;
  yLabel?: string;
  size?: number;
}

/** Points (x, y pairs) coloured by digit class with a legend, as SVG text; non-finite points are skipped. */
export function scatterByClassSvg(xy: ArrayLike<number>, labels: ArrayLike<number>, o: ScatterOptions): string {
  const n = labels.length;
  if (xy.length !== 2 * n) throw new Error(`scatterByClass: ${n} labels need ${2 * n} coordinates, got ${xy.length}`);
  const side = o.size ?? 520;
  const f: Frame = { width: side + 110, height: side, left: 60, right: 110, top: 34, bottom: 48 };
  const idx = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(xy[2 * i]) && Number.isFinite(xy[2 * i + 1]));
  if (idx.length === 0) throw new Error(`scatterByClass "${o.title}": no finite point to draw`);
  const xs = idx.map((i) => xy[2 * i]);
  const ys = idx.map((i) => xy[2 * i + 1]);
  // The data range plus a 5 % margin on each side, so that no dot is cut by the frame; ticks inside it.
  const [x0, x1] = padded(Math.min(...xs), Math.max(...xs));
  const [y0, y1] = padded(Math.min(...ys), Math.max(...ys));
  const xt = niceTicks(x0, x1, 6);
  const yt = niceTicks(y0, y1, 6);
  const x = (v: number) => +(f.left + ((v - x0) / (x1 - x0 || 1)) * (f.width - f.left - f.right)).toFixed(1);
  const y = (v: number) => +(f.height - f.bottom - ((v - y0) / (y1 - y0 || 1)) * (f.height - f.top - f.bottom)).toFixed(1);
  const dots = idx.map((i) => `<circle cx="${x(xy[2 * i])}" cy="${y(xy[2 * i + 1])}" r="3" fill="${digitColor(labels[i])}" fill-opacity="0.8" stroke="#111827" stroke-opacity="0.35" stroke-width="0.5"/>`);
  const legend = Array.from({ length: 10 }, (_, d) => {
    const ly = f.top + 14 + d * 24;
    const lx = f.width - f.right + 24;
    return `<circle cx="${lx}" cy="${ly}" r="6" fill="${digitColor(d)}" stroke="#111827" stroke-opacity="0.35"/><text x="${lx + 14}" y="${ly}" dominant-baseline="middle" font-size="14" fill="${roles.ink}">${d}</text>`;
  });
  return svgDoc(f, o.title, axes(f, xt, yt, x, y, o.xLabel ?? 'z₁', o.yLabel ?? 'z₂') + dots.join('') + legend.join(''));
}

/**
 * A seamless n×n digit raster decoded from the grid of latent points z₁, z₂ ∈ linspace(min, max, n)
 * (row 0 at the top holds the largest z₂), drawn inside axes that give the z values.
 */
export function manifoldSvg(raster: GrayRaster, grid: { min: number; max: number; n: number }, o: { title: string; size?: number }): string {
  const half = grid.n > 1 ? (grid.max - grid.min) / (grid.n - 1) / 2 : 0.5;
  const range = { min: grid.min - half, max: grid.max + half };
  const side = o.size ?? 560;
  const f: Frame = { width: side + 80, height: side + 90, left: 60, right: 20, top: 34, bottom: 56 };
  const png = encodeGrayPng(raster.pixels, raster.width, raster.height);
  let bin = '';
  for (let i = 0; i < png.length; i += 0x8000) bin += String.fromCharCode(...png.subarray(i, i + 0x8000));
  const w = f.width - f.left - f.right;
  const h = f.height - f.top - f.bottom;
  const ticks = niceTicks(grid.min, grid.max, 6);
  const x = (v: number) => +(f.left + ((v - range.min) / (range.max - range.min)) * w).toFixed(1);
  const y = (v: number) => +(f.height - f.bottom - ((v - range.min) / (range.max - range.min)) * h).toFixed(1);
  const image = `<image href="data:image/png;base64,${btoa(bin)}" x="${f.left}" y="${f.top}" width="${w}" height="${h}" preserveAspectRatio="none" style="image-rendering:pixelated"/>`;
  return svgDoc(f, o.title, image + axes(f, ticks, ticks, x, y, 'z₁', 'z₂').replace(/<line[^>]*stroke="#d1d5db"[^>]*\/>/g, ''));
}

/**
 * Wrap SVG text as a rich output: image/svg+xml, the same markup as text/html (nbconvert's HTML export strips
 * the elements of image/svg+xml outputs through its sanitizer, but keeps HTML outputs), and a plain-text fallback.
 */
export function showSvg(svg: string, alt: string): Displayable {
  return displayable({ 'image/svg+xml': svg, 'text/html': `<div class="vae-chart">${svg}</div>`, 'text/plain': alt });
}
