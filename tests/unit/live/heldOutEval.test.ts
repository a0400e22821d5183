import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { createVae } from '../../../src/model/autoencoder.ts';
import { latentModelOf } from '../../../src/model/pretrained.ts';
import { evaluateNegElbo } from '../../../src/model/evaluate.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { takeFirst } from '../../../src/data/mnist.ts';
import { heldOutNegElbo, meanKl } from '../../../src/live/heldOutEval.ts';

const data = loadMnistFile();
beforeAll(async () => {
  await initNodeBackend();
});

describe('heldOutNegElbo on known numbers', () => {
  const grey = { decode: async (_z: Float32Array, n: number) => new Float32Array(n * 784).fill(0.5) };

  it('is 784·ln 2 for a decoder that answers ½ everywhere and codes at the prior (μ = 0, log σ² = 0)', async () => {
    const set = takeFirst(data.test, 3);
    const v = await heldOutNegElbo(grey, set, new Float32Array(6), new Float32Array(6));
    expect(v).toBeCloseTo(784 * Math.LN2, 6);
  });

  it('adds the KL: ½ nat per image for μ = (1, 0), σ = 1; a plain AE (no logVar) pays none', async () => {
    const set = takeFirst(data.test, 2);
    const mean = new Float32Array([1, 0, 1, 0]);
    expect(await heldOutNegElbo(grey, set, mean, new Float32Array(4))).toBeCloseTo(784 * Math.LN2 + 0.5, 6);
    expect(await heldOutNegElbo(grey, set, mean, null)).toBeCloseTo(784 * Math.LN2, 6);
    expect(meanKl(mean, new Float32Array(4), 2)).toBeCloseTo(0.5, 12);
    expect(meanKl(mean, null, 2)).toBe(0);
  });
});

describe('heldOutNegElbo', () => {
  it('matches the engine’s evaluateNegElbo (1 sample, seed 0) on 200 held-out digits of an untrained VAE', async () => {
    const vae = createVae({ hidden: 64, seed: 3 });
    const model = latentModelOf(vae, () => {});
    const set = takeFirst(data.test, 200);
    const before = tf.memory().numTensors;
    const { mean, logVar } = await model.encode(set.images, set.count);
    const mine = await heldOutNegElbo(model, set, mean, logVar, 0);
    const engine = await evaluateNegElbo(vae, set, { samples: 1, seed: 0, batchSize: 500 });
    expect(tf.memory().numTensors).toBe(before); // encode and decode free every tensor they make
    expect(Number.isFinite(mine)).toBe(true);
    expect(Math.abs(mine - engine.negElbo) / engine.negElbo).toBeLessThan(1e-3);
    vae.dispose();
  });
});
