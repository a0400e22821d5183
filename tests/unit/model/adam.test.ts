import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { Adam } from '../../../src/model/adam.ts';
import { randomNormalArray } from '../../../src/math/random.ts';
import { setOwnKernelsEnabled, wasmKernels } from '../../../src/model/kernels/wasmKernels.ts';

beforeAll(async () => {
  await initNodeBackend();
});

/** Adam by the book on plain numbers (α folded with the bias corrections, as Adam.apply documents). */
function referenceAdam(w0: ArrayLike<number>, grads: ArrayLike<number>[], lr: number, decay = 0): number[] {
  const [b1, b2, eps] = [0.9, 0.999, 1e-7];
  const w = Array.from(w0);
  const m = w.map(() => 0);
  const v = w.map(() => 0);
  grads.forEach((g, k) => {
    const t = k + 1;
    const alpha = (lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
    for (let j = 0; j < w.length; j++) {
      m[j] = b1 * m[j] + (1 - b1) * g[j];
      v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
      w[j] = w[j] * (1 - lr * decay) - (alpha * m[j]) / (Math.sqrt(v[j]) + eps);
    }
  });
  return w;
}

describe('Adam', () => {
  it('finds its SIMD WebAssembly kernel on the wasm backend (the path the trainers take)', () => {
    expect(tf.getBackend()).toBe('wasm');
    expect(wasmKernels()?.adam).toBeTypeOf('function');
  });

  // with the SIMD kernel: 40,003 values end in a scalar tail of 3; without it, a 6-value bias takes the JavaScript
  // loop on the WASM heap and a 40,000-value kernel the tfjs kernels
  it.each([
    [6, true],
    [40_003, true],
    [6, false],
    [40_000, false],
  ])('follows the textbook update for a variable of %i values (SIMD kernel: %s, with weight decay), and leaks no tensor', async (size, wasmKernel) => {
    const w0 = randomNormalArray(size, 3);
    const grads = [1, 2, 3].map((s) => randomNormalArray(size, 10 + s));
    const w = tf.variable(tf.tensor1d(w0));
    setOwnKernelsEnabled(wasmKernel);
    onTestFinished(() => setOwnKernelsEnabled(true));
    const opt = new Adam([w], { learningRate: 0.01, weightDecay: 0.1 });
    const before = tf.memory().numTensors;
    for (const g of grads) {
      const gt = tf.tensor1d(g);
      opt.apply([gt]);
      gt.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    const got = await w.data();
    const want = referenceAdam(w0, grads, 0.01, 0.1);
    let worst = 0;
    for (let j = 0; j < size; j++) worst = Math.max(worst, Math.abs(got[j] - want[j]));
    expect(worst).toBeLessThan(1e-5);
    let moved = 0;
    for (let j = 0; j < size; j++) moved += Math.abs(got[j] - w0[j]) / size;
    expect(moved).toBeGreaterThan(0.005); // it moved: each Adam step is about lr = 0.01 per value
    opt.dispose();
    w.dispose();
  });

  it('updates a fresh buffer: a copy that shares the old weights keeps them', async () => {
    const w = tf.variable(tf.tensor1d([1, 2, 3]));
    const kept = tf.tensor1d([1, 2, 3]);
    w.assign(kept); // the variable now shares kept's buffer, as after the trainer restores its last good weights
    const opt = new Adam([w], { learningRate: 0.1 });
    const g = tf.tensor1d([1, 1, 1]);
    opt.apply([g]);
    expect(Array.from(await kept.data())).toEqual([1, 2, 3]);
    expect((await w.data())[0]).toBeCloseTo(0.9, 5);
    tf.dispose([g, kept, w]);
    opt.dispose();
  });

  it('reset() forgets the moments: the next step is a first step again', async () => {
    const w = tf.variable(tf.tensor1d([0, 0]));
    const opt = new Adam([w], { learningRate: 0.1 });
    const g = tf.tensor1d([5, -5]);
    opt.apply([g]);
    opt.apply([g]);
    tf.tidy(() => w.assign(tf.tensor1d([0, 0])));
    opt.reset();
    const g2 = tf.tensor1d([1, -1]);
    opt.apply([g2]);
    // a first Adam step moves each weight by lr against the sign of its gradient, whatever the gradient's size
    const got = Array.from(await w.data());
    expect(got[0]).toBeCloseTo(-0.1, 5);
    expect(got[1]).toBeCloseTo(0.1, 5);
    tf.dispose([g, g2, w]);
    opt.dispose();
  });
});
