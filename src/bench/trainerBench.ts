/** Throughput, first-step latency and tensor counts of our Trainer on one backend. */
import * as tf from '@tensorflow/tfjs';
import type { MnistSplit } from '../data/mnist.ts';
import { Trainer } from '../model/trainer.ts';

/** What one backend measured. */
export interface BackendBench {
  backend: string;
  /** Median over report windows of 10 steps (robust to bursts of load from other processes). */
  train_samples_per_s: number;
  /** All steps after warm-up / their total time. */
  train_samples_per_s_mean: number;
  first_step_ms: number;
  steps: number;
  /** tf.memory().numTensors after step 10 and after the last step. */
  tensors_after_step_10: number;
  tensors_after_last_step: number;
}

/**
 * Train `steps` steps of the reference 784-512-(2+2) / 2-512-784 at batch 128. Samples/s counts the report
 * windows after the first `warmupSteps` (yields between steps included, snapshots excluded).
 */
export async function benchTrainer(backend: string, data: MnistSplit, steps: number, warmupSteps: number, log: (s: string) => void): Promise<BackendBench> {
  const trainer = new Trainer(data, { hidden: 512, batchSize: 128, reportEvery: 10, snapshotEvery: 1_000_000 });
  let samples = 0;
  let seconds = 0;
  const windows: number[] = [];
  trainer.on('metrics', (m) => {
    if (m.step > warmupSteps) {
      samples += 10 * 128;
      seconds += (10 * 128) / m.samplesPerSec;
      windows.push(m.samplesPerSec);
    }
    if (m.step % 200 === 0) log(`${backend}: step ${m.step}, loss ${m.total.toFixed(1)}, ${m.samplesPerSec.toFixed(0)} samples/s`);
  });
  try {
    const t0 = performance.now();
    await trainer.step(1);
    const firstStepMs = performance.now() - t0;
    await trainer.step(9);
    const after10 = tf.memory().numTensors;
    await trainer.step(steps - 10);
    return {
      backend,
      train_samples_per_s: median(windows),
      train_samples_per_s_mean: samples / seconds,
      first_step_ms: firstStepMs,
      steps,
      tensors_after_step_10: after10,
      tensors_after_last_step: tf.memory().numTensors,
    };
  } finally {
    await trainer.dispose();
  }
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
