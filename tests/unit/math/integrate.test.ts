import { describe, expect, it } from 'vitest';
import { linspace, simpson, simpson2d, trapezoid } from '../../../src/math/integrate.ts';

describe('integrate', () => {
  it('linspace(0, 1, 5) is 0, 0.25, 0.5, 0.75, 1', () => {
    expect(Array.from(linspace(0, 1, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(() => linspace(0, 1, 1)).toThrow(/n must be an integer ≥ 2/);
  });

  it('trapezoid is exact for straight lines', () => {
    const xs = [0, 0.5, 2, 3];
    expect(trapezoid(xs, xs.map((x) => 2 * x + 1))).toBeCloseTo(12, 14);
    expect(() => trapezoid([0, 1], [1])).toThrow(/2 xs but 1 ys/);
  });

  it('simpson is exact for cubics and accurate for sin', () => {
    expect(simpson((x) => x ** 3 - x, 0, 2, 2)).toBeCloseTo(2, 14);
    expect(simpson(Math.sin, 0, Math.PI, 100)).toBeCloseTo(2, 7);
  });

  it('simpson2d integrates x·y over the unit square to 1/4', () => {
    expect(simpson2d((x, y) => x * y, [0, 1], [0, 1], 10)).toBeCloseTo(0.25, 14);
  });
});
