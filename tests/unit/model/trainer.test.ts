import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../../src/model/backend.node.ts';
import { Trainer } from '../../../src/model/trainer.ts';
import type { TrainMetrics, TrainSnapshot, TrainerStatus } from '../../../src/model/trainerTypes.ts';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';

const data = loadMnistFile();
const small = { hidden: 32, batchSize: 32, reportEvery: 5, snapshotEvery: 10, learningRate: 3e-3 };

beforeAll(async () => {
  await initNodeBackend();
});

describe('Trainer', () => {
  it('step(10) emits metrics every 5 steps and a snapshot of the 1,000 held-out digits', async () => {
    const t = new Trainer(data, small);
    const metrics: TrainMetrics[] = [];
    const snaps: TrainSnapshot[] = [];
    t.on('metrics', (m) => metrics.push(m));
    t.on('snapshot', (s) => snaps.push(s));
    await t.step(10);
    expect(metrics.map((m) => m.step)).toEqual([5, 10]);
    for (const m of metrics) {
      expect([m.total, m.recon, m.kl, m.samplesPerSec].every(Number.isFinite)).toBe(true);
      expect(m.total).toBeCloseTo(m.recon + m.kl, 3);
    }
    expect(metrics[1].epoch).toBeCloseTo((10 * 32) / data.train.count, 6);
    expect(snaps).toHaveLength(1);
    const s = snaps[0];
    expect(s.latentMeans).toHaveLength(2000);
    expect(s.labels).toHaveLength(1000);
    expect(s.sampleIndices).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(s.reconstructions).toHaveLength(10 * 784);
    expect(Number.isFinite(s.heldOutNegElbo)).toBe(true);
    expect(t.state).toBe('paused');
    await t.dispose();
  });

  it('start() trains until pause(); the tensor count stays flat', async () => {
    const t = new Trainer(data, small);
    await t.step(5);
    const baseline = tf.memory().numTensors;
    const states: string[] = [];
    t.on('status', (s) => states.push(s.state));
    t.start();
    await new Promise<void>((resolve) => {
      const off = t.on('metrics', (m) => {
        if (m.step >= 40) {
          off();
          resolve();
        }
      });
    });
    await t.pause();
    const stopped = t.stepCount;
    expect(states).toEqual(['running', 'paused']);
    expect(tf.memory().numTensors).toBe(baseline);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.stepCount).toBe(stopped);
    await t.dispose();
  });

  it('samples/s after a pause counts only the steps timed since the resume', async () => {
    const t = new Trainer(data, small);
    await t.step(3); // 3 steps pending in the loss window, then a pause
    await new Promise((r) => setTimeout(r, 200));
    const resumed = performance.now();
    t.start();
    const m = await new Promise<TrainMetrics>((resolve) => {
      const off = t.on('metrics', (x) => {
        off();
        resolve(x);
      });
    });
    const elapsed = (performance.now() - resumed) / 1000;
    await t.pause();
    expect(m.step).toBe(5);
    // 2 steps ran after the resume; crediting all 5 to that time would over-report 2.5×
    expect(m.samplesPerSec).toBeLessThanOrEqual(((2 * small.batchSize) / elapsed) * 1.5);
    expect(m.samplesPerSec).toBeGreaterThan(0);
    await t.dispose();
  });

  it('a window interrupted by a clock jump (frozen tab, laptop asleep) keeps the last speed once; a lasting slowdown shows', async () => {
    const t = new Trainer(data, small);
    const metrics: TrainMetrics[] = [];
    t.on('metrics', (m) => metrics.push(m));
    await t.step(5);
    const real = performance.now.bind(performance);
    // from step 7 on, the clock jumps a minute ahead per step: every window after the first one spans minutes
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => real() + 60_000 * Math.max(0, t.stepCount - 6));
    try {
      await t.step(15);
    } finally {
      spy.mockRestore();
    }
    const [first, jumped, slow, slower] = metrics.map((m) => m.samplesPerSec);
    expect(metrics.map((m) => m.step)).toEqual([5, 10, 15, 20]);
    expect(first).toBeGreaterThan(0);
    expect(jumped).toBe(first); // the interrupted window is not reported as a 60 s one
    expect(slow).toBeLessThan(first / 5); // two slow windows in a row: the drop is real and shown
    expect(slower).toBeLessThan(first / 5);
    expect([first, jumped, slow, slower].every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    await t.dispose();
  });

  it('reset(seed) reproduces the same losses for the same seed', async () => {
    const t = new Trainer(data, small);
    const losses: number[] = [];
    t.on('metrics', (m) => losses.push(m.total));
    await t.step(5);
    await t.reset(1);
    expect(t.stepCount).toBe(0);
    expect(t.state).toBe('idle');
    await t.step(5);
    expect(losses[1]).toBeCloseTo(losses[0], 4);
    await t.dispose();
  });

  it('a NaN/∞ loss stops training, restores the last good weights and says so', async () => {
    const t = new Trainer(data, small);
    const statuses: TrainerStatus[] = [];
    t.on('status', (s) => statuses.push(s));
    await t.step(4);
    const before = await t.evaluate(1);
    await t.step(1); // end of the first window: the weights before step 5 are the last good ones
    t.setLearningRate(1e30);
    await t.step(20);
    expect(t.state).toBe('diverged');
    const last = statuses[statuses.length - 1];
    expect(last.message?.en).toMatch(/last good weights restored/);
    expect(last.message?.fr).toMatch(/poids valides restaurés/);
    const after = await t.evaluate(1);
    expect(Number.isFinite(after.negElbo)).toBe(true);
    expect(after.negElbo).toBeCloseTo(before.negElbo, 3);
    t.setLearningRate(1e-3);
    await t.step(5);
    expect(t.state).not.toBe('diverged');
    await t.dispose();
  });

  it('rejects a non-positive learning rate', async () => {
    const t = new Trainer(data, small);
    expect(() => t.setLearningRate(0)).toThrow(/learning rate must be a positive number/);
    expect(() => t.setBeta(-1)).toThrow(/β must be a non-negative number/);
    await t.dispose();
  });
});
