/** The training session on the real trainer behind a fake worker port: subscribe, settings before ready, reset, switch, dispose. */
import { afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadMnistFile } from '../../../src/data/mnist.node.ts';
import { TrainingSession } from '../../../src/live/trainingSession.ts';
import type { TrainingChange } from '../../../src/live/types.ts';
import { fakeTrainingWorker } from '../../support/fakeWorker.ts';

const data = loadMnistFile();
const made: TrainingSession[] = [];
function session(): { s: TrainingSession; fakes: Array<ReturnType<typeof fakeTrainingWorker>> } {
  const fakes: Array<ReturnType<typeof fakeTrainingWorker>> = [];
  const s = new TrainingSession({
    openWorker: () => {
      const f = fakeTrainingWorker(data);
      fakes.push(f);
      return f.port;
    },
    dataUrl: 'unused',
    model: { hidden: 16, batchSize: 32, reportEvery: 2, snapshotEvery: 4 },
  });
  made.push(s);
  return { s, fakes };
}
afterEach(() => {
  for (const s of made.splice(0)) s.dispose();
});

describe('TrainingSession', () => {
  it('notifies subscribers of each change until they unsubscribe', async () => {
    const { s } = session();
    const seen: TrainingChange[] = [];
    const off = s.subscribe((_, c) => seen.push(c));
    await s.connect();
    expect(seen).toContain('phase');
    expect(s.view.phase).toBe('ready');
    off();
    s.setBeta(2);
    expect(seen).not.toContain('settings');
  });

  it('settings changed while the worker starts are the ones that train (issue 18, item 6)', async () => {
    const { s } = session();
    const ready = s.connect();
    expect(s.view.phase).toBe('starting');
    expect(s.setLearningRate(0.0007)).toBe(0.0007);
    s.setBeta(3);
    await ready;
    await s.step(2);
    const m = s.view.history[0];
    expect([m.learningRate, m.beta]).toEqual([0.0007, 3]);
  });

  it('clamps settings: garbage gives the default, out of range the bound, the seed an integer', () => {
    const { s } = session();
    expect(s.setLearningRate(Number.NaN)).toBe(3e-3);
    expect(s.setBeta(-1)).toBe(0);
    expect(s.setSeed(12.6)).toBe(13);
  });

  it('reset replays the run of its seed and clears the curves and the −ELBO trail', async () => {
    const { s } = session();
    await s.connect();
    await s.step(4);
    const first = s.view.history.map((m) => m.total);
    expect(s.view.evals.map((e) => e.step)).toEqual([0, 4]);
    await s.reset();
    expect(s.view.history).toHaveLength(0);
    expect(s.view.evals.map((e) => e.step)).toEqual([0]);
    await s.step(4);
    expect(s.view.history.map((m) => m.total)).toEqual(first);
  });

  it('the pretrained switch stops the live model from being used; turning it off brings it back', async () => {
    const { s } = session();
    await s.connect();
    await s.step(4);
    expect(s.liveModel()?.step).toBe(4);
    await s.usePretrained(true);
    expect(s.liveModel()).toBeNull();
    s.play(); // ignored while the pretrained model is on show
    expect(s.view.state).toBe('paused');
    await s.usePretrained(false);
    expect(s.liveModel()?.source).toBe('live');
  });

  it('dispose terminates its one worker and the trainer frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const { s, fakes } = session();
    await Promise.all([s.connect(), s.connect()]);
    expect(fakes).toHaveLength(1);
    expect(s.workerCount).toBe(1);
    s.dispose();
    expect(fakes[0].terminated()).toBe(true);
    await fakes[0].host.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
