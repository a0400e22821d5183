import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { bceWithLogitsPerImage, klToStandardNormalTensor, reparameterizeTensor } from '../../../src/model/loss.ts';
import { Dense } from '../../../src/model/dense.ts';
import { randomNormalArray, mulberry32, normalSampler } from '../../../src/math/random.ts';

beforeAll(async () => {
  await initNodeBackend();
});

describe('klToStandardNormalTensor', () => {
  it('klToStandardNormalTensor(0, 0) is 0', async () => {
    const kl = klToStandardNormalTensor(tf.zeros([1, 2]) as tf.Tensor2D, tf.zeros([1, 2]) as tf.Tensor2D);
    expect((await kl.data())[0]).toBeCloseTo(0, 6);
    kl.dispose();
  });

  it('equals a Monte-Carlo estimate of E_q[log q(z) − log p(z)]', async () => {
    const mu = [0.8, -1.2];
    const logVar = [0.4, -0.9];
    const closed = (await klToStandardNormalTensor(tf.tensor2d([mu]), tf.tensor2d([logVar])).data())[0];
    const next = normalSampler(mulberry32(7));
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < 2; j++) {
        const s = Math.exp(0.5 * logVar[j]);
        const e = next();
        const z = mu[j] + s * e;
        // log q(z) − log p(z) for one coordinate (the 2π terms cancel)
        sum += -0.5 * e * e - Math.log(s) + 0.5 * z * z;
      }
    }
    expect(closed).toBeGreaterThan(0.5);
    expect(Math.abs(sum / n - closed)).toBeLessThan(0.02);
  });
});

describe('bceWithLogitsPerImage', () => {
  it('matches −x·log σ(ℓ) − (1−x)·log(1−σ(ℓ)) summed per image, and its gradient is σ(ℓ) − x', async () => {
    const l = tf.tensor2d([[-3, 0, 2.5], [1, -0.5, 4]]);
    const x = tf.tensor2d([[0, 0.5, 1], [0.2, 1, 0]]);
    const naive = (lt: tf.Tensor) => tf.sum(tf.neg(tf.add(tf.mul(x, tf.log(tf.sigmoid(lt))), tf.mul(tf.sub(1, x), tf.log(tf.sub(1, tf.sigmoid(lt)))))), 1);
    expect(Array.from(await bceWithLogitsPerImage(l, x).data())).toEqual(Array.from(await naive(l).data()).map((v) => expect.closeTo(v, 4)));
    const gFast = tf.grad((lt: tf.Tensor) => tf.sum(tf.mul(bceWithLogitsPerImage(lt as tf.Tensor2D, x), tf.tensor1d([1, 2]))))(l);
    const gRef = tf.grad((lt: tf.Tensor) => tf.sum(tf.mul(naive(lt), tf.tensor1d([1, 2]))))(l);
    const diff = await tf.max(tf.abs(tf.sub(gFast, gRef))).data();
    expect(diff[0]).toBeLessThan(1e-5);
  });
});

describe('Dense custom gradient', () => {
  // the second case has a weight matrix larger than the batch: ∂L/∂x goes through (W·dzᵀ)ᵀ
  it.each([[5, 4, 6], [40, 30, 2]])('equals the default autodiff gradient of relu(x·W + b) for x, W and b (in %i, out %i, batch %i)', async (inDim, out, n) => {
    const layer = new Dense('t', inDim, out, 'relu', 3);
    const x = tf.tensor2d(randomNormalArray(n * inDim, 1), [n, inDim]);
    const weights = tf.tensor2d(randomNormalArray(n * out, 2), [n, out]);
    const w0 = tf.tensor2d(randomNormalArray(inDim * out, 5), [inDim, out]);
    const b0 = tf.tensor1d(randomNormalArray(out, 6).map((v) => 0.1 * v));
    layer.kernel.assign(w0);
    layer.bias.assign(b0);
    const ref = tf.grads((xx: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.relu(tf.add(tf.matMul(xx as tf.Tensor2D, w as tf.Tensor2D), b)), weights)))([x, w0, b0]);
    const gx = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(layer.applyLogits(xx as tf.Tensor2D), weights)))(x);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.applyLogits(x, false), weights)) as tf.Scalar, [layer.kernel, layer.bias]);
    const maxDiff = async (a: tf.Tensor, b: tf.Tensor) => (await tf.max(tf.abs(tf.sub(a, b))).data())[0];
    expect(await maxDiff(ref[0], tf.zeros([n, inDim]))).toBeGreaterThan(0.1);
    expect(await maxDiff(gx, ref[0])).toBeLessThan(1e-5);
    expect(await maxDiff(grads[layer.kernel.name], ref[1])).toBeLessThan(1e-5);
    expect(await maxDiff(grads[layer.bias.name], ref[2])).toBeLessThan(1e-5);
    layer.dispose();
  });
});

describe('reparameterizeTensor', () => {
  it('z = μ + σ·ε', async () => {
    const z = reparameterizeTensor(tf.tensor2d([[1, -1]]), tf.tensor2d([[Math.log(4), 0]]), tf.tensor2d([[0.5, 2]]));
    expect(Array.from(await z.data())).toEqual([expect.closeTo(2, 5), expect.closeTo(1, 5)]);
  });
});
