import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { useFastWasmMatMul } from '../../../src/model/wasmMatMul.ts';

/** Largest absolute difference between two tensors. */
const maxDiff = (a: tf.Tensor, b: tf.Tensor): number => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

/** Gradients of a small Layers dense network's loss with respect to its weights (the path the notebook trains with). */
function denseGradients(model: tf.LayersModel, x: tf.Tensor): tf.Tensor[] {
  return tf.tidy(() => {
    const { grads } = tf.variableGrads(() => tf.sum(tf.square(model.apply(x) as tf.Tensor)) as tf.Scalar, model.trainableWeights.map((w) => w.read() as tf.Variable));
    return Object.values(grads).map((g) => tf.keep(g));
  });
}

describe('useFastWasmMatMul', () => {
  beforeAll(async () => {
    await initNodeBackend('wasm');
  });

  it('gives the products and the dense-layer gradients of the stock kernel, and frees its temporary transposes', () => {
    const a = tf.randomNormal([32, 96], 0, 1, 'float32', 1);
    const b = tf.randomNormal([32, 40], 0, 1, 'float32', 2);
    const w = tf.randomNormal([40, 96], 0, 1, 'float32', 3);
    const a3 = tf.randomNormal([3, 5, 4], 0, 1, 'float32', 4);
    const b3 = tf.randomNormal([3, 5, 6], 0, 1, 'float32', 5);
    const input = tf.input({ shape: [96] });
    const model = tf.model({ inputs: input, outputs: tf.layers.dense({ units: 7, activation: 'relu' }).apply(tf.layers.dense({ units: 12 }).apply(input)) as tf.SymbolicTensor });
    const products = () => [tf.matMul(a, b, true, false), tf.matMul(b, w, false, false), tf.matMul(a, w, false, true), tf.matMul(w, b, true, true), tf.matMul(a3, b3, true, false)];
    const stock = products();
    const stockGrads = denseGradients(model, a);

    expect(useFastWasmMatMul()).toBe(true);
    expect(useFastWasmMatMul()).toBe(false); // once only
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const ids = backend.numDataIds();
    const fast = products();
    expect(backend.numDataIds() - ids).toBe(fast.length); // the results only: every temporary transpose was freed
    fast.forEach((f, i) => {
      expect(f.shape).toEqual(stock[i].shape);
      expect(maxDiff(f, stock[i])).toBeLessThan(1e-3);
    });
    const fastGrads = denseGradients(model, a);
    fastGrads.forEach((g, i) => expect(maxDiff(g, stockGrads[i])).toBeLessThan(1e-3));
    tf.dispose([a, b, w, a3, b3, ...stock, ...fast, ...stockGrads, ...fastGrads]);
    model.dispose();
  });
});
