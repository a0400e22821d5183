import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { Trainer } from '../../../src/model/trainer.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';

const data = loadMnistFile();
const small = { hidden: 32, batchSize: 32, reportEvery: 5, snapshotEvery: 1000, learningRate: 3e-3 };

beforeAll(async () => {
  await initNodeBackend();
});

describe('Trainer.readWeights / restoreWeights (recovery after a lost WebGL context)', () => {
  it('a fresh trainer restored from a checkpoint has the same weights, step, epoch and held-out −ELBO', async () => {
    const a = new Trainer(data, small);
    await a.step(15);
    const checkpoint = await a.readWeights();
    expect(checkpoint.step).toBe(15);
    const before = tf.memory().numTensors;
    const b = new Trainer(data, small);
    await b.restoreWeights(checkpoint);
    expect(b.stepCount).toBe(15);
    expect(b.epoch).toBeCloseTo(a.epoch, 9);
    const [ea, eb] = [await a.evaluate(1), await b.evaluate(1)];
    expect(eb.negElbo).toBeCloseTo(ea.negElbo, 4);
    const again = await b.readWeights();
    again.weights.forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(checkpoint.weights[i])));
    await b.step(5);
    expect(b.stepCount).toBe(20);
    await b.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await a.dispose();
  });

  it('restoreWeights rejects a checkpoint of another architecture', async () => {
    const t = new Trainer(data, small);
    await expect(t.restoreWeights({ step: 0, weights: [new Float32Array(3)] })).rejects.toThrow(/1 arrays for \d+ variables/);
    await t.dispose();
  });
});
