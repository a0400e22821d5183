import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { OwnTrainer, OWN_SHOWN, spreadIndices } from '../../../src/model/ownTrainer.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { TINTS, tintGrey } from '../../../src/data/tint.ts';

const SIZE = 32;
const DIM = SIZE * SIZE * 3;

/** n real digits, each padded from 28×28 to 32×32 and tinted: colour images the size the slide trains on. */
function colourDigits(n: number): Float32Array {
  const { train } = loadMnistFile();
  const out = new Float32Array(n * DIM).fill(1);
  for (let i = 0; i < n; i++) {
    const rgb = tintGrey(train.images, 784, TINTS[i % TINTS.length], i * 784);
    for (let y = 0; y < 28; y++) out.set(rgb.subarray(y * 28 * 3, (y + 1) * 28 * 3), i * DIM + ((y + 2) * SIZE + 2) * 3);
  }
  return out;
}

const images = colourDigits(256);
const small = { hidden: 64, batchSize: 32, learningRate: 3e-3 };

beforeAll(async () => {
  await initNodeBackend();
});

describe('OwnTrainer', () => {
  it('spreadIndices(10, 4) spreads 4 indices over 10 images; never more than the count', () => {
    expect(spreadIndices(10, 4)).toEqual([0, 2, 5, 7]);
    expect(spreadIndices(3, 1000)).toEqual([0, 1, 2]);
  });

  it('the loss on 32×32 colour images falls over 60 steps, and snapshots have the slide’s shapes', async () => {
    const t = new OwnTrainer(images, 256, DIM, small);
    try {
      const first = await t.train(5);
      await t.train(50);
      const later = await t.train(5);
      expect(first && later).toBeTruthy();
      expect(first!.total).toBeCloseTo(first!.recon + first!.kl, 2);
      expect(later!.total).toBeLessThan(first!.total * 0.8);
      expect(later!.step).toBe(60);
      expect(later!.epoch).toBeCloseTo((60 * 32) / 256, 6);
      const s = await t.snapshot();
      expect(s.latentMeans).toHaveLength(2 * 256);
      expect(s.reconstructions).toHaveLength(OWN_SHOWN * DIM);
      expect(s.samples).toHaveLength(OWN_SHOWN * DIM);
      expect(Array.from(s.samples).every((v) => v >= 0 && v <= 1)).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('train, snapshot, decode and reset leave no tensor behind; dispose frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const t = new OwnTrainer(images, 256, DIM, small);
    await t.train(2);
    const held = tf.memory().numTensors;
    await t.train(3);
    await t.snapshot();
    await t.decode(new Float32Array(4), 2);
    expect(tf.memory().numTensors).toBe(held);
    t.reset({ latentDim: 4, seed: 3 });
    expect(t.latentDim).toBe(4);
    await t.train(2);
    const s = await t.snapshot();
    expect(s.latentMeans).toHaveLength(2 * 256); // the first two of the 4 axes
    expect(tf.memory().numTensors).toBe(held + 0);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('a learning rate of 1e6 makes the loss non-finite or huge: train returns null and restores the last good weights', async () => {
    const t = new OwnTrainer(images, 256, DIM, { ...small, learningRate: 1e6 });
    try {
      const results: (number | null)[] = [];
      for (let i = 0; i < 4; i++) results.push((await t.train(3))?.total ?? null);
      const s = await t.snapshot();
      expect(Array.from(s.samples).every(Number.isFinite)).toBe(true);
      expect(results.some((r) => r === null || r > 1e4)).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('fewer images than a batch: the batch shrinks to the image count; bad values are refused', async () => {
    const t = new OwnTrainer(images.subarray(0, 3 * DIM), 3, DIM, small);
    expect(t.batchSize).toBe(3);
    expect(await t.train(2)).not.toBeNull();
    t.dispose();
    expect(() => new OwnTrainer(new Float32Array(10), 1, DIM)).toThrow(/cannot hold/);
    const u = new OwnTrainer(images, 256, DIM, small);
    expect(() => u.setBeta(Number.NaN)).toThrow(/β/);
    expect(() => u.setLearningRate(0)).toThrow(/learning rate/);
    u.dispose();
  });
});
