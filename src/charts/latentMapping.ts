/** Pure maps between a square 2-D latent plane and its pixels (both axes share one domain and one scale). */

/** Maps latent coordinates to pixels of a square plot and back (one scale for both axes). */
export interface LatentMapping {
  /** The latent interval shown on the z₁ (horizontal) axis. */
  readonly domain: readonly [number, number];
  /** The latent interval shown on the z₂ (vertical) axis: same width as `domain`, possibly another centre. */
  readonly yDomain: readonly [number, number];
  /** Side of the square plot in px. */
  readonly size: number;
  /** Latent (z₁, z₂) → pixel (x right, y down) inside the plot. */
  toPx(z1: number, z2: number): [number, number];
  /** Pixel (x, y) inside the plot → latent (z₁, z₂); the exact inverse of toPx. */
  toLatent(x: number, y: number): [number, number];
}

/** A finite, non-empty, increasing interval ([−4, 4] for NaN). */
function cleanInterval([a, b]: readonly [number, number]): [number, number] {
  let lo = a;
  let hi = b;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [-4, 4];
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  return [lo, hi];
}

/**
 * A mapping for `domain` on z₁ over a `size`×`size` px plot (z₂ grows upwards). z₂ shows `yDomain`'s centre
 * with the same width as `domain` (default: `domain` itself), so distances look the same in both directions.
 */
export function latentMapping(domain: readonly [number, number], size: number, yDomain?: readonly [number, number]): LatentMapping {
  const [lo, hi] = cleanInterval(domain);
  const [ya, yb] = cleanInterval(yDomain ?? [lo, hi]);
  const yMid = (ya + yb) / 2;
  const yLo = yMid - (hi - lo) / 2;
  const yHi = yMid + (hi - lo) / 2;
  const side = Math.max(1, size);
  const k = side / (hi - lo);
  return {
    domain: [lo, hi],
    yDomain: [yLo, yHi],
    size: side,
    toPx: (z1, z2) => [(z1 - lo) * k, (yHi - z2) * k],
    toLatent: (x, y) => [lo + x / k, yHi - y / k],
  };
}

/** The latent point under a pointer, given the plot's on-screen rectangle (works under CSS scaling, e.g. reveal.js). */
export function clientToLatent(
  mapping: LatentMapping,
  clientX: number,
  clientY: number,
  rect: { left: number; top: number; width: number; height: number },
): [number, number] {
  const sx = rect.width > 0 ? mapping.size / rect.width : 1;
  const sy = rect.height > 0 ? mapping.size / rect.height : 1;
  return mapping.toLatent((clientX - rect.left) * sx, (clientY - rect.top) * sy);
}

/**
 * A symmetric domain [−m, m] that holds every finite coordinate of interleaved points (x0, y0, x1, y1, …),
 * with 8 % padding, rounded up to a half unit; [−4, 4] when there is no finite point.
 */
export function symmetricDomain(points: ArrayLike<number>): [number, number] {
  let m = 0;
  for (let i = 0; i < points.length; i++) {
    const v = Math.abs(points[i]);
    if (Number.isFinite(v) && v > m) m = v;
  }
  if (m === 0) return [-4, 4];
  const r = Math.ceil(m * 1.08 * 2) / 2;
  return [-r, r];
}

/**
 * The smallest square box (with 6 % padding) around every finite point (x0, y0, x1, y1, …), for latent spaces
 * that are not centred on 0 (a plain autoencoder's): z₁ and z₂ intervals of equal width.
 */
export function fittedDomains(points: ArrayLike<number>): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i];
    const y = points[i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!(x1 >= x0)) return { x: [-4, 4], y: [-4, 4] };
  const half = (Math.max(x1 - x0, y1 - y0, 1e-6) / 2) * 1.06;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}
