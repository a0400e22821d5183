import { describe, expect, it } from 'vitest';
import { centreOfMass, inkFromRgba, preprocessDrawing, preprocessImage, preprocessStrokes, type Preprocessed, type StrokeDrawing } from '../../../src/data/digitPreprocess.ts';
import { strokeDigit } from '../../../src/data/strokeDigits.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';

const { test } = loadMnistFile();

function image(p: Preprocessed): Float32Array {
  if (p.status === 'empty') throw new Error('expected ink, got an empty result');
  return p.image;
}
const meanAbsDiff = (a: Float32Array, b: ArrayLike<number>) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;
/** Rows and columns of the 28×28 that hold ink above 0.05. */
function inkExtent(img: Float32Array): { w: number; h: number; x0: number; x1: number } {
  let [x0, x1, y0, y1] = [28, -1, 28, -1];
  img.forEach((v, p) => {
    if (v > 0.05) {
      const [r, c] = [Math.floor(p / 28), p % 28];
      [x0, x1, y0, y1] = [Math.min(x0, c), Math.max(x1, c), Math.min(y0, r), Math.max(y1, r)];
    }
  });
  return { w: x1 - x0 + 1, h: y1 - y0 + 1, x0, x1 };
}

describe('preprocessStrokes (MNIST: crop, fit 20×20 keeping the aspect ratio, anti-alias, centre of mass at 14, 14)', () => {
  it('a vertical bar fills 20 rows, keeps its narrow width and has its centre of mass at the frame centre', () => {
    const p = preprocessStrokes({ width: 320, height: 320, brush: 24, strokes: [[{ x: 100, y: 50 }, { x: 100, y: 250 }]] });
    expect(p.status).toBe('ok');
    const img = image(p);
    const e = inkExtent(img);
    expect(e.h).toBe(20);
    expect(e.w).toBeLessThanOrEqual(4);
    const [cx, cy] = centreOfMass(img);
    expect(Math.abs(cx - 14)).toBeLessThan(1e-3);
    expect(Math.abs(cy - 14)).toBeLessThan(1e-3);
    expect(img.some((v) => v > 0 && v < 1)).toBe(true); // anti-aliased edges, not a binary image
  });

  it('the same digit drawn 3× larger and elsewhere on another pad gives the same 28×28', () => {
    const small = strokeDigit(3, 320, 320);
    const k = 3;
    const big: StrokeDrawing = {
      width: 3840, height: 2160, brush: small.brush * k,
      strokes: small.strokes.map((s) => s.map((q) => ({ x: 2500 + q.x * k, y: 100 + q.y * k }))),
    };
    expect(meanAbsDiff(image(preprocessStrokes(small)), image(preprocessStrokes(big)))).toBeLessThan(0.01);
  });

  it('with centring off, the ink keeps its side of the pad: a digit drawn at the left edge lands at the frame’s left edge', () => {
    const d = strokeDigit(1, 320, 320);
    const left: StrokeDrawing = { ...d, strokes: d.strokes.map((s) => s.map((q) => ({ x: q.x - 140, y: q.y }))) };
    const off = inkExtent(image(preprocessStrokes(left, { centre: false })));
    const on = inkExtent(image(preprocessStrokes(left)));
    expect(off.x0).toBe(0);
    expect(on.x0).toBeGreaterThan(8);
  });

  it('bad input: empty, NaN points, a single dot, a scribble over the whole pad, a 4K pad, coordinates at ±1e308', () => {
    expect(preprocessStrokes({ width: 300, height: 300, brush: 27, strokes: [] }).status).toBe('empty');
    expect(preprocessStrokes({ width: 300, height: 300, brush: 27, strokes: [[{ x: NaN, y: 3 }], []] }).status).toBe('empty');
    const dot = preprocessStrokes({ width: 300, height: 300, brush: 27, strokes: [[{ x: 150, y: 150 }, { x: 151, y: 150 }]] });
    expect(dot.status).toBe('dot');
    expect(image(dot).every(Number.isFinite)).toBe(true);
    const scribble: StrokeDrawing = { width: 300, height: 300, brush: 27, strokes: [Array.from({ length: 40 }, (_, i) => ({ x: (i % 2) * 300, y: i * 7.5 }))] };
    const s = preprocessStrokes(scribble);
    expect(s.status).toBe('dense');
    expect(image(s).every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    const wide = strokeDigit(7, 3840, 2160);
    expect(preprocessStrokes(wide).status).toBe('ok');
    expect(preprocessStrokes({ width: 300, height: 300, brush: 27, strokes: [[{ x: -1e308, y: 0 }, { x: 1e308, y: 0 }]] }).status).toBe('empty');
    expect(preprocessStrokes({ width: 300, height: 300, brush: NaN, strokes: [[{ x: 10, y: 10 }, { x: 10, y: 200 }]] }).status).toBe('ok');
  });
});

describe('preprocessImage and inkFromRgba', () => {
  it('a held-out MNIST digit, preprocessed again, stays close to itself (it was made this way)', () => {
    let total = 0;
    for (let i = 0; i < 200; i++) {
      const x = test.images.subarray(i * 784, (i + 1) * 784);
      total += meanAbsDiff(image(preprocessImage({ width: 28, height: 28, ink: x })), x);
    }
    // the ink's mean is ≈ 0.13; the rescale of an already anti-aliased image blurs the edges a little
    expect(total / 200).toBeLessThan(0.07);
  });

  it('reads dark ink on paper and light ink on black from RGBA bytes, times alpha', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0]);
    expect(Array.from(inkFromRgba(rgba, 3, 1).ink)).toEqual([1, 0, 0]);
    expect(Array.from(inkFromRgba(rgba, 3, 1, 'light').ink)).toEqual([0, 1, 0]);
    expect(() => inkFromRgba(rgba, 4, 1)).toThrow(/needs 16 bytes/);
  });

  it('an empty image is empty; a blank 4K canvas too; a wrong size throws a clear error', () => {
    expect(preprocessImage({ width: 28, height: 28, ink: new Float32Array(784) }).status).toBe('empty');
    const blank = new Uint8ClampedArray(3840 * 2160 * 4).fill(255);
    expect(preprocessDrawing({ kind: 'image', image: inkFromRgba(blank, 3840, 2160) }).status).toBe('empty');
    expect(() => preprocessImage({ width: 28, height: 28, ink: new Float32Array(10) })).toThrow(/needs 784 values/);
  });
});
