import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { createVae } from '../../../src/model/autoencoder.ts';
import { latentModelOf } from '../../../src/model/pretrained.ts';
import { evaluateNegElbo } from '../../../src/model/evaluate.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { takeFirst } from '../../../src/data/mnist.ts';
import { bcePerImage, heldOutNegElbo, klPerImage, sampleCodes } from '../../../src/widgets/heldOutEval.ts';

const data = loadMnistFile();
beforeAll(async () => {
  await initNodeBackend();
});

describe('bcePerImage / klPerImage', () => {
  it('klPerImage(μ=0, log σ²=0) is 0 and grows with |μ|', () => {
    expect(klPerImage([0, 0], [0, 0], 1)[0]).toBeCloseTo(0, 12);
    expect(klPerImage([1, 0], [0, 0], 1)[0]).toBeCloseTo(0.5, 12);
  });

  it('bcePerImage is 784·log 2 for p = ½ everywhere and stays finite for p = 0 or 1', () => {
    const x = new Float32Array(784).fill(1);
    expect(bcePerImage(x, new Float32Array(784).fill(0.5), 1)[0]).toBeCloseTo(784 * Math.LN2, 6);
    expect(Number.isFinite(bcePerImage(x, new Float32Array(784), 1)[0])).toBe(true);
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
    expect(tf.memory().numTensors).toBe(before + 0);
    expect(Number.isFinite(mine)).toBe(true);
    expect(Math.abs(mine - engine.negElbo) / engine.negElbo).toBeLessThan(1e-3);
    vae.dispose();
  });

  it('sampleCodes draws z = μ + σ·ε with the same ε for the same seed', () => {
    const a = sampleCodes([0, 0, 1, 1], [0, 0, -20, -20], 5);
    const b = sampleCodes([0, 0, 1, 1], [0, 0, -20, -20], 5);
    expect([...a]).toEqual([...b]);
    expect(a[2]).toBeCloseTo(1, 3);
  });
});
