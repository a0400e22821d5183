/** Both sides of the training protocol: the real host and Trainer behind a fake worker port, driven by the client. */
import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { TrainingClient, TrainingError } from '../../../src/worker/trainingClient.ts';
import { LIVE_DEFAULTS } from '../../../src/model/trainerTypes.ts';
import { fakeTrainingWorker } from '../../support/fakeWorker.ts';

const data = loadMnistFile();
const small = { ...LIVE_DEFAULTS, hidden: 16, batchSize: 32, reportEvery: 2, snapshotEvery: 4 };
const open: TrainingClient[] = [];

async function started(): Promise<{ client: TrainingClient; fake: ReturnType<typeof fakeTrainingWorker> }> {
  const fake = fakeTrainingWorker(data);
  const client = new TrainingClient(fake.port);
  open.push(client);
  await client.init({ dataUrl: 'unused', options: small });
  return { client, fake };
}

afterEach(() => {
  for (const c of open.splice(0)) c.dispose();
});

describe('training protocol', () => {
  it('init replies with the backend after the first snapshot (step 0) arrived', async () => {
    const { client } = await started();
    expect(client.backend?.name).toBe('cpu');
    expect(client.lastSnapshot?.step).toBe(0);
    expect(client.lastSnapshot?.latentMeans).toHaveLength(2000);
  });

  it('step n runs n steps: metrics every reportEvery steps, the snapshot at step 4, state paused', async () => {
    const { client } = await started();
    const steps: number[] = [];
    client.on('metrics', (m) => steps.push(m.step));
    await client.step(4);
    expect(steps).toEqual([2, 4]);
    expect(client.lastSnapshot?.step).toBe(4);
    expect(client.state).toBe('paused');
  });

  it('decode and encode answer typed arrays of the right size, values in range', async () => {
    const { client } = await started();
    const images = await client.decode(new Float32Array([0, 0, 1, -1]), 2);
    expect(images).toBeInstanceOf(Float32Array);
    expect(images).toHaveLength(2 * 784);
    expect(Math.min(...images)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...images)).toBeLessThanOrEqual(1);
    const codes = await client.encode(data.test.images.subarray(0, 3 * 784), 3);
    expect(codes).toHaveLength(6);
    expect([...codes].every(Number.isFinite)).toBe(true);
  });

  it('encodeDistribution answers q(z|x): the same means as encode, then finite log-variances, no tensor left', async () => {
    const { client } = await started();
    const x = data.test.images.subarray(0, 3 * 784);
    const means = await client.encode(x, 3);
    const before = tf.memory().numTensors;
    const both = await client.encodeDistribution(x, 3);
    expect(tf.memory().numTensors).toBe(before);
    expect(both).toHaveLength(12);
    expect([...both.subarray(0, 6)]).toEqual([...means]);
    expect([...both.subarray(6)].every(Number.isFinite)).toBe(true);
  });

  it('the learning rate and β sent as commands reach the trainer (the next metrics report them)', async () => {
    const { client } = await started();
    client.setLearningRate(0.005);
    client.setBeta(2.5);
    const seen: Array<[number, number]> = [];
    client.on('metrics', (m) => seen.push([m.learningRate, m.beta]));
    await client.step(2);
    expect(seen).toEqual([[0.005, 2.5]]);
  });

  it('reset with the same seed replays the same run (same loss at step 4)', async () => {
    const { client } = await started();
    const losses: number[] = [];
    client.on('metrics', (m) => m.step === 4 && losses.push(m.total));
    await client.step(4);
    await client.reset(small.seed);
    expect(client.lastSnapshot?.step).toBe(0);
    await client.step(4);
    expect(losses).toHaveLength(2);
    expect(losses[1]).toBe(losses[0]);
  });

  it('a failing request rejects with the worker’s localized message; the client stays usable', async () => {
    const { client } = await started();
    const err = await client.decode(new Float32Array(3), 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingError);
    expect((err as TrainingError).localized.fr).toMatch(/^Erreur du worker d’entraînement/);
    expect(await client.decode(new Float32Array(2), 1)).toHaveLength(784);
  });

  it('dispose terminates the worker, rejects pending requests, and the host frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const { client, fake } = await started();
    const pending = client.step(50);
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    expect(fake.terminated()).toBe(true);
    await fake.host.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
