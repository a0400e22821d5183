import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { KERNELS_MODULE, kernelsModuleSource } from '../../../scripts/build/wasmKernels.ts';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { transpose2d, wasmKernels } from '../../../src/model/kernels/wasmKernels.ts';
import { randomNormalArray } from '../../../src/math/random.ts';

beforeAll(async () => {
  await initNodeBackend();
});

describe('hand-written WebAssembly kernels', () => {
  it('src/model/kernels/kernelsWasm.ts is the compilation of kernels.wat (run `npm run build:kernels` after editing it)', async () => {
    expect(readFileSync(KERNELS_MODULE, 'utf8')).toBe(await kernelsModuleSource());
  });

  it('bind to the wasm backend’s memory (one instance, reused)', () => {
    const k = wasmKernels();
    expect(k?.transpose).toBeTypeOf('function');
    expect(wasmKernels()).toBe(k);
  });

  // the training shapes, shapes that are not multiples of the 16×16 tiles, and vectors
  it.each([
    [128, 784],
    [512, 128],
    [17, 5],
    [33, 47],
    [1, 40],
    [40, 1],
    [1, 1],
  ])('transpose2d of a %i×%i matrix equals tf.transpose exactly, and leaks nothing in tf.tidy', async (rows, cols) => {
    const x = tf.tensor2d(randomNormalArray(rows * cols, rows + 7 * cols), [rows, cols]);
    const before = tf.memory().numTensors;
    const [got, want] = tf.tidy(() => {
      const t = transpose2d(x);
      tf.tidy(() => transpose2d(transpose2d(x))); // intermediates of a nested scope are freed with it
      return [t, tf.transpose(x)];
    });
    expect(got.shape).toEqual([cols, rows]);
    expect(Array.from(await got.data())).toEqual(Array.from(await want.data()));
    tf.dispose([got, want]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });
});
