import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { AutoencoderNet, type ModelKind } from '../../../src/model/autoencoder.ts';
import { lossAndGrads } from '../../../src/model/backprop.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { randomNormalArray } from '../../../src/math/random.ts';

const data = loadMnistFile();
beforeAll(async () => {
  await initNodeBackend();
});

/** Largest |a − b| relative to the largest |b| (gradients of one variable). */
function relError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 1e-6;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}

describe('lossAndGrads (explicit backpropagation)', () => {
  // [kind, hidden, batch, with ε]: one and two hidden layers, a kernel larger than the batch, the VAE decoding z = μ
  const cases: Array<[ModelKind, number[], number, boolean]> = [
    ['vae', [64], 6, true],
    ['vae', [20, 12], 9, true],
    ['vae', [16], 5, false],
    ['ae', [24, 10], 7, false],
  ];
  it.each(cases)('%s %j, batch %i, ε %s: the loss terms and every gradient equal autodiff of AutoencoderNet.loss', async (kind, hidden, n, withEps) => {
    const net = new AutoencoderNet(kind, { hidden, seed: 4 });
    // move the biases off zero so that every term of the gradient shows
    tf.tidy(() => net.variables().forEach((v, i) => v.rank === 1 && v.assign(tf.tensor1d(randomNormalArray(v.shape[0], 40 + i)).mul(0.1))));
    const x = tf.tensor2d(data.train.images.subarray(0, n * 784), [n, 784]);
    const eps = withEps ? tf.tensor2d(randomNormalArray(n * 2, 8), [n, 2]) : null;
    const beta = 1.5;
    const before = tf.memory().numTensors;
    const ours = tf.tidy(() => {
      const r = lossAndGrads(net, x, eps, beta);
      return [r.stats, ...r.grads];
    });
    expect(tf.memory().numTensors).toBe(before + ours.length);
    const vars = net.variables();
    const ref = tf.tidy(() => {
      let stats: tf.Tensor | null = null;
      const { grads } = tf.variableGrads(() => {
        const { total, recon, kl } = net.loss(x, eps, beta);
        stats = tf.keep(tf.stack([total, recon, kl]));
        return total;
      }, vars);
      return [stats!, ...vars.map((v) => grads[v.name])];
    });
    const [s, ...g] = await Promise.all(ours.map((t) => t.data() as Promise<Float32Array>));
    const [sRef, ...gRef] = await Promise.all(ref.map((t) => t.data() as Promise<Float32Array>));
    expect(Array.from(s).map((v, i) => v - sRef[i]).every((d) => Math.abs(d) < 1e-3)).toBe(true);
    if (kind === 'vae') expect(s[2]).toBeGreaterThan(0); // a KL term is there to differentiate
    expect(g.length).toBe(vars.length);
    g.forEach((grad, i) => {
      expect(grad.length).toBe(vars[i].size);
      expect(relError(grad, gRef[i]), `gradient of variable ${i} (${vars[i].shape})`).toBeLessThan(1e-4);
    });
    tf.dispose([...ours, ...ref, x, ...(eps ? [eps] : [])]);
    net.dispose();
  });
});
