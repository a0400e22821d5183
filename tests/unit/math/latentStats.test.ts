import { describe, expect, it } from 'vitest';
import { codeExtent, distinctSorted, nearestLabels } from '../../../src/math/latentStats.ts';

describe('codeExtent', () => {
  it('gives each axis its own min and max and skips non-finite codes', () => {
    const e = codeExtent(new Float32Array([1, -2, -35, 4, NaN, 100, 8, 27]));
    expect(e.min).toEqual([-35, -2]);
    expect(e.max).toEqual([8, 27]);
  });

  it('throws a clear error on an empty cloud', () => {
    expect(() => codeExtent([])).toThrow(/no finite code/);
    expect(() => codeExtent([NaN, 1])).toThrow(/no finite code/);
  });
});

describe('nearestLabels', () => {
  const ref = { images: [0, 0, 0, 1, 1, 1, 1, 0, 1], labels: [7, 3, 5], count: 3 };

  it('labels each image by its closest reference in pixel distance', () => {
    expect(Array.from(nearestLabels([0.1, 0, 0.2, 0.9, 0.8, 1, 0.9, 0.2, 0.7], 3, ref, 3))).toEqual([7, 3, 5]);
    expect(Array.from(nearestLabels([1, 1, 0.6], 1, ref, 3))).toEqual([3]);
  });

  it('refuses mismatched sizes instead of reading past the end', () => {
    expect(() => nearestLabels([0, 0], 1, ref, 3)).toThrow(RangeError);
    expect(() => nearestLabels([0, 0, 0], 1, { images: [], labels: [], count: 0 }, 3)).toThrow(RangeError);
  });
});

describe('distinctSorted', () => {
  it('lists each label once in order', () => {
    expect(distinctSorted(new Uint8Array([6, 3, 3, 2, 6, 0]))).toEqual([0, 2, 3, 6]);
  });
});
