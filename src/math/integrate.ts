/** Numerical integration on a grid: linspace, trapezoid and Simpson rules in 1-D and 2-D. */

/** n evenly spaced numbers from a to b inclusive (n ≥ 2). */
export function linspace(a: number, b: number, n: number): Float64Array {
  if (!(n >= 2) || !Number.isInteger(n)) throw new RangeError(`linspace: n must be an integer ≥ 2, got ${n}`);
  const out = new Float64Array(n);
  const step = (b - a) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = a + i * step;
  out[n - 1] = b;
  return out;
}

/** Trapezoid rule over sampled points (xs need not be evenly spaced). */
export function trapezoid(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  if (xs.length !== ys.length) throw new RangeError(`trapezoid: ${xs.length} xs but ${ys.length} ys`);
  let s = 0;
  for (let i = 1; i < xs.length; i++) s += 0.5 * (xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1]);
  return s;
}

/** Composite Simpson rule for ∫ₐᵇ f(x) dx with n intervals (n is rounded up to even). */
export function simpson(f: (x: number) => number, a: number, b: number, n = 1000): number {
  const m = Math.max(2, n + (n % 2));
  const h = (b - a) / m;
  let s = f(a) + f(b);
  for (let i = 1; i < m; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** Composite Simpson rule for ∬ f(x, y) over [x0, x1] × [y0, y1] with n intervals per axis. */
export function simpson2d(
  f: (x: number, y: number) => number,
  [x0, x1]: readonly [number, number],
  [y0, y1]: readonly [number, number],
  n = 200,
): number {
  return simpson((y) => simpson((x) => f(x, y), x0, x1, n), y0, y1, n);
}
