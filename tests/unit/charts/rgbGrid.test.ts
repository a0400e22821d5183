import { describe, expect, it } from 'vitest';
import { rgbToRgba } from '../../../src/charts/rgbGrid.ts';
import { tintGrey, TINTS } from '../../../src/data/tint.ts';

describe('rgbToRgba', () => {
  it('maps [0, 1] RGB to bytes with opaque alpha, from an offset; NaN is 0 and values are clamped', () => {
    const values = [9, 9, 9, 0, 0.5, 1, Number.NaN, 2, -1];
    expect(Array.from(rgbToRgba(values, 1, 3))).toEqual([0, 128, 255, 255]);
    expect(Array.from(rgbToRgba(values, 1, 6))).toEqual([0, 255, 0, 255]);
  });
});

describe('tintGrey', () => {
  it('intensity 0 is white paper, 1 is the tint, ½ half-way', () => {
    const rgb = tintGrey([0, 1, 0.5], 3, TINTS[1]);
    expect(Array.from(rgb.subarray(0, 3))).toEqual([1, 1, 1]);
    expect(Array.from(rgb.subarray(3, 6)).map((v) => +v.toFixed(3))).toEqual([0, 0.45, 0.7]);
    expect(rgb[7]).toBeCloseTo(1 - 0.5 * 0.55, 5);
  });
});
