import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { createAutoencoder, createVae, normalizeHidden } from '../../../src/model/autoencoder.ts';
import { Adam } from '../../../src/model/adam.ts';
import { trainStep } from '../../../src/model/trainStep.ts';
import { evaluateNegElbo } from '../../../src/model/evaluate.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { takeFirst } from '../../../src/data/mnist.ts';
import { randomNormalArray } from '../../../src/math/random.ts';

const data = loadMnistFile();
beforeAll(async () => {
  await initNodeBackend();
});

describe('createVae / createAutoencoder', () => {
  it('createVae({hidden: [64, 32]}) encodes [n,784] to mean and logVar [n,2] and decodes [n,2] to [n,784] in [0,1]', async () => {
    const vae = createVae({ hidden: [64, 32] });
    const x = tf.tensor2d(data.test.images.subarray(0, 3 * 784), [3, 784]);
    const { mean, logVar } = vae.encode(x);
    expect(mean.shape).toEqual([3, 2]);
    expect(logVar?.shape).toEqual([3, 2]);
    const p = vae.decode(mean);
    expect(p.shape).toEqual([3, 784]);
    const values = await p.data();
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    expect(vae.variables().length).toBe(2 * (2 + 2 + 3));
    tf.dispose([x, mean, logVar as tf.Tensor, p]);
    vae.dispose();
  });

  it('the default VAE is 784-512-(2+2) / 2-512-784 and the AE has a single code head', () => {
    const vae = createVae();
    const ae = createAutoencoder({ latentDim: 3 });
    expect(vae.layers().map((l) => `${l.name}:${l.inDim}x${l.outDim}`)).toEqual([
      'encoder_dense_1:784x512', 'z_mean:512x2', 'z_log_var:512x2', 'decoder_dense_1:2x512', 'decoder_output:512x784',
    ]);
    expect(ae.zLogVar).toBeNull();
    expect(ae.zMean.outDim).toBe(3);
    vae.dispose();
    ae.dispose();
  });

  it('rejects bad sizes with a clear message', () => {
    expect(() => normalizeHidden([64, 0])).toThrow(/hidden sizes must be positive integers/);
    expect(() => createVae({ latentDim: 1.5 })).toThrow(/latentDim must be a positive integer/);
  });

  it('loss terms are finite, kl ≥ 0, total = recon + β·kl', async () => {
    const vae = createVae({ hidden: 32, beta: 4 });
    const x = tf.tensor2d(data.train.images.subarray(0, 8 * 784), [8, 784]);
    const eps = tf.tensor2d(randomNormalArray(16, 3), [8, 2]);
    const { total, recon, kl } = vae.loss(x, eps);
    const [t, r, k] = [await total.data(), await recon.data(), await kl.data()].map((a) => a[0]);
    expect([t, r, k].every(Number.isFinite)).toBe(true);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(t).toBeCloseTo(r + 4 * k, 3);
    tf.dispose([x, eps, total, recon, kl]);
    vae.dispose();
  });
});

describe('training', () => {
  it('200 Adam steps lower the VAE loss on a small set', async () => {
    const small = takeFirst(data.train, 256);
    const vae = createVae({ hidden: 64, seed: 2 });
    const opt = new Adam(vae.variables(), { learningRate: 2e-3 });
    const losses: number[] = [];
    for (let s = 0; s < 200; s++) {
      const start = (s % 4) * 64;
      const stats = trainStep(vae, opt, small.images.subarray(start * 784, (start + 64) * 784), 64, randomNormalArray(128, s), 1);
      losses.push((await stats.data())[0]);
      stats.dispose();
    }
    const first = losses.slice(0, 10).reduce((a, b) => a + b) / 10;
    const last = losses.slice(-10).reduce((a, b) => a + b) / 10;
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(last).toBeLessThan(first - 150);
    vae.dispose();
    opt.dispose();
  });

  it('leaks no tensor across a train step, a decode and an evaluation', async () => {
    const vae = createVae({ hidden: 32 });
    const opt = new Adam(vae.variables());
    const batch = data.train.images.subarray(0, 16 * 784);
    trainStep(vae, opt, batch, 16, randomNormalArray(32, 1), 1).dispose(); // warm-up
    const before = tf.memory().numTensors;
    trainStep(vae, opt, batch, 16, randomNormalArray(32, 2), 1).dispose();
    expect(tf.memory().numTensors).toBe(before);
    const z = tf.tensor2d([[0, 0]]);
    const p = vae.decode(z);
    tf.dispose([z, p]);
    expect(tf.memory().numTensors).toBe(before);
    await evaluateNegElbo(vae, takeFirst(data.test, 50), { samples: 2 });
    expect(tf.memory().numTensors).toBe(before);
    vae.dispose();
    opt.dispose();
  });

  it('evaluateNegElbo reports −ELBO = recon + kl over n images, and is deterministic for a seed', async () => {
    const vae = createVae({ hidden: 32 });
    const set = takeFirst(data.test, 40);
    const a = await evaluateNegElbo(vae, set, { samples: 3, seed: 5 });
    const b = await evaluateNegElbo(vae, set, { samples: 3, seed: 5 });
    expect(a).toEqual(b);
    expect(a.n).toBe(40);
    expect(a.negElbo).toBeCloseTo(a.recon + a.kl, 6);
    vae.dispose();
  });
});
