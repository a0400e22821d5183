/** SVG path strings for charts, built directly (fast to update while a slider is dragged, never NaN). */

import type { ChartFrame } from './chartFrame.ts';

const r2 = (v: number): number => Math.round(v * 100) / 100;

/** "M…L…" polyline through (xs[i], ys[i]); points with a non-finite value are skipped. */
export function linePath(frame: ChartFrame, xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  const n = Math.min(xs.length, ys.length);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${r2(frame.px(xs[i]))},${r2(frame.py(ys[i]))}`);
  }
  return parts.join('');
}

/** Closed area between the curves y0 and y1 over xs (y0 a number means a flat baseline, e.g. 0). */
export function areaPath(
  frame: ChartFrame,
  xs: ArrayLike<number>,
  y1: ArrayLike<number>,
  y0: ArrayLike<number> | number = 0,
): string {
  const n = Math.min(xs.length, y1.length);
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < n; i++) {
    const lo = typeof y0 === 'number' ? y0 : y0[i];
    if (!Number.isFinite(xs[i]) || !Number.isFinite(y1[i]) || !Number.isFinite(lo)) continue;
    const x = r2(frame.px(xs[i]));
    top.push(`${x},${r2(frame.py(y1[i]))}`);
    bottom.push(`${x},${r2(frame.py(lo))}`);
  }
  if (top.length < 2) return '';
  return `M${top.join('L')}L${bottom.reverse().join('L')}Z`;
}

/** Many small dots as one path (one attribute to update for hundreds of samples). */
export function dotsPath(frame: ChartFrame, xs: ArrayLike<number>, ys: ArrayLike<number>, radius: number): string {
  const n = Math.min(xs.length, ys.length);
  const d = r2(2 * radius);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    const x = r2(frame.px(xs[i]) - radius);
    const y = r2(frame.py(ys[i]));
    parts.push(`M${x},${y}a${radius},${radius} 0 1,0 ${d},0a${radius},${radius} 0 1,0 ${-d},0`);
  }
  return parts.join('');
}

/** Closed polygon through points given in data coordinates. */
export function polygonPath(frame: ChartFrame, points: ReadonlyArray<readonly [number, number]>): string {
  const parts: string[] = [];
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    parts.push(`${r2(frame.px(x))},${r2(frame.py(y))}`);
  }
  return parts.length < 2 ? '' : `M${parts.join('L')}Z`;
}
