// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { manifoldAxis, manifoldCodes } from '../../../src/widgets/manifold.ts';
import { normalQuantile } from '../../../src/math/gaussian.ts';
import { DigitManifold } from '../../../src/charts/digitManifold.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

describe('manifoldAxis', () => {
  it('manifoldAxis(20) is norm.ppf(linspace(0.05, 0.95, 20)) as in the Keras example', () => {
    const axis = manifoldAxis(20);
    expect(axis).toHaveLength(20);
    expect(axis[0]).toBeCloseTo(-1.6448536, 6);
    expect(axis[19]).toBeCloseTo(1.6448536, 6);
    expect(axis[7]).toBeCloseTo(normalQuantile(0.05 + (0.9 * 7) / 19), 12);
    for (let i = 0; i < 10; i++) expect(axis[i]).toBeCloseTo(-axis[19 - i], 9);
  });

  it('rejects a grid smaller than 2 and probabilities outside (0, 1)', () => {
    expect(() => manifoldAxis(1)).toThrow(/n must be an integer ≥ 2/);
    expect(() => manifoldAxis(5, { pLow: 0 })).toThrow(/0 < pLow < pHigh < 1/);
  });
});

describe('manifoldCodes', () => {
  it('lays out one batch of n² codes row by row from the top: z₁ grows to the right, z₂ grows upwards', () => {
    const n = 4;
    const axis = manifoldAxis(n);
    const z = manifoldCodes(n);
    expect(z).toHaveLength(2 * n * n);
    expect([z[0], z[1]]).toEqual([Math.fround(axis[0]), Math.fround(axis[n - 1])]);
    const last = 2 * (n * n - 1);
    expect([z[last], z[last + 1]]).toEqual([Math.fround(axis[n - 1]), Math.fround(axis[0])]);
  });
});

describe('DigitManifold', () => {
  it('frames the cell nearest to a latent point and hides the frame outside the mosaic', () => {
    const host = document.createElement('div');
    const m = new DigitManifold(host, { n: 20, size: 400, axis: manifoldAxis(20), formatTick: (v) => v.toFixed(2), ariaLabel: 'manifold' });
    m.highlight([manifoldAxis(20)[0], manifoldAxis(20)[19]]);
    const box = host.querySelector<HTMLElement>('.manifold-cursor')!;
    expect(box.style.display).toBe('block');
    expect(box.style.left).toBe('61px');
    expect(box.style.top).toBe('3px');
    m.highlight([3, 0]);
    expect(box.style.display).toBe('none');
    expect(m.update(new Float32Array(400 * 784))).toBe(0);
    expect(host.querySelectorAll('text').length).toBeGreaterThanOrEqual(8);
    m.destroy();
    expect(host.children).toHaveLength(0);
  });
});
