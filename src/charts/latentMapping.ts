/** Pure maps between a square 2-D latent plane and its pixels (both axes share one domain and one scale). */

/** Maps latent coordinates to pixels of a square plot and back. */
export interface LatentMapping {
  /** The latent interval shown on both axes. */
  readonly domain: readonly [number, number];
  /** Side of the square plot in px. */
  readonly size: number;
  /** Latent (z₁, z₂) → pixel (x right, y down) inside the plot. */
  toPx(z1: number, z2: number): [number, number];
  /** Pixel (x, y) inside the plot → latent (z₁, z₂); the exact inverse of toPx. */
  toLatent(x: number, y: number): [number, number];
}

/** A mapping for `domain` on both axes over a `size`×`size` px plot (z₂ grows upwards). */
export function latentMapping(domain: readonly [number, number], size: number): LatentMapping {
  let [lo, hi] = domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [-4, 4];
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const side = Math.max(1, size);
  const k = side / (hi - lo);
  return {
    domain: [lo, hi],
    size: side,
    toPx: (z1, z2) => [(z1 - lo) * k, (hi - z2) * k],
    toLatent: (x, y) => [lo + x / k, hi - y / k],
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
