/** Plain-number summaries used to compare latent spaces: the extent of a code cloud and the label of the nearest real digit. */

/** Smallest and largest value of each latent axis over interleaved 2-D codes (non-finite codes skipped). */
export interface CodeExtent {
  min: [number, number];
  max: [number, number];
}

/** Per-axis extent of n interleaved 2-D codes (z₁, z₂, z₁, z₂, …); throws on an empty or all-non-finite cloud. */
export function codeExtent(points: ArrayLike<number>): CodeExtent {
  const min: [number, number] = [Infinity, Infinity];
  const max: [number, number] = [-Infinity, -Infinity];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const z = [points[i], points[i + 1]];
    if (!z.every(Number.isFinite)) continue;
    for (const a of [0, 1] as const) {
      min[a] = Math.min(min[a], z[a]);
      max[a] = Math.max(max[a], z[a]);
    }
  }
  if (!Number.isFinite(min[0])) throw new RangeError('codeExtent: no finite code');
  return { min, max };
}

/** Labelled reference images (e.g. the held-out digits): `count` images of `size` pixels and their labels. */
export interface LabelledImages {
  images: ArrayLike<number>;
  labels: ArrayLike<number>;
  count: number;
}

/**
 * For each of n images, the label of the reference image closest in squared pixel distance (1-nearest neighbour):
 * "which real digit does this decoded image look most like". Throws when sizes do not match.
 */
export function nearestLabels(images: ArrayLike<number>, n: number, ref: LabelledImages, size = 784): Uint8Array {
  if (images.length < n * size || ref.images.length < ref.count * size || ref.count < 1) {
    throw new RangeError(`nearestLabels: expected ${n}·${size} images and ≥ 1 reference, got ${images.length} and ${ref.count}`);
  }
  const out = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    let best = Infinity;
    for (let i = 0; i < ref.count; i++) {
      let d = 0;
      for (let p = 0; p < size && d < best; p++) {
        const e = images[k * size + p] - ref.images[i * size + p];
        d += e * e;
      }
      if (d < best) {
        best = d;
        out[k] = ref.labels[i];
      }
    }
  }
  return out;
}

/** The distinct values of `labels`, sorted. */
export function distinctSorted(labels: ArrayLike<number>): number[] {
  return [...new Set(Array.from(labels))].sort((a, b) => a - b);
}
