/**
 * `npm run bench -- --step`: where one training step of the live model goes, in Node on tfjs-backend-wasm (one thread),
 * with our WebAssembly kernels (src/model/kernels/) and without them, in the same process: the whole step, the loss and
 * its gradients alone, Adam alone, and one transpose of the batch. Batch 128, 784-512-(2+2) / 2-512-784, random data
 * (the timings do not depend on the values).
 */
import * as tf from '@tensorflow/tfjs';
import { initNodeBackend } from '../../src/model/backend.node.ts';
import { createVae } from '../../src/model/autoencoder.ts';
import { Adam } from '../../src/model/adam.ts';
import { lossAndGrads } from '../../src/model/backprop.ts';
import { setOwnKernelsEnabled, transpose2d } from '../../src/model/kernels/wasmKernels.ts';
import { mulberry32 } from '../../src/math/random.ts';
import { percentile } from './stats.ts';

/** Milliseconds per call of each part, with and without our kernels. */
export interface StepBreakdown {
  batch: number;
  with_kernels: StepTimes;
  without_kernels: StepTimes;
}

export interface StepTimes {
  step_ms: number;
  loss_and_grads_ms: number;
  adam_ms: number;
  transpose_128x784_ms: number;
}

/** Median of `runs` timings of `fn` (ms), after `warm` untimed calls. */
function medianMs(fn: () => void, runs: number, warm = 5): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return Number(percentile(times, 0.5).toFixed(3));
}

function measure(kernels: boolean, runs: number): StepTimes {
  const n = 128;
  const rng = mulberry32(1);
  const images = Float32Array.from({ length: n * 784 }, () => (rng() < 0.2 ? rng() : 0));
  const eps = Float32Array.from({ length: n * 2 }, () => rng() - 0.5);
  const net = createVae({ hidden: 512, latentDim: 2 });
  const adam = new Adam(net.variables(), { learningRate: 3e-3 });
  const grads = (): tf.Tensor[] => {
    const x = tf.tensor2d(images, [n, 784]);
    const e = tf.tensor2d(eps, [n, 2]);
    return lossAndGrads(net, x, e, 1).grads;
  };
  setOwnKernelsEnabled(kernels);
  try {
    const step = medianMs(() => tf.tidy(() => adam.apply(grads())), runs);
    const lossGrads = medianMs(() => tf.tidy(() => void grads()), runs);
    const kept = tf.tidy(() => grads().map((g) => tf.keep(g)));
    const adamMs = medianMs(() => adam.apply(kept), runs);
    tf.dispose(kept);
    const x = tf.tensor2d(images, [n, 784]);
    const transposeMs = medianMs(() => tf.tidy(() => void transpose2d(x)), runs * 4);
    x.dispose();
    return { step_ms: step, loss_and_grads_ms: lossGrads, adam_ms: adamMs, transpose_128x784_ms: transposeMs };
  } finally {
    setOwnKernelsEnabled(true);
    adam.dispose();
    net.dispose();
  }
}

/** Both variants, alternated twice so that a change of machine load falls on both; the faster of the two rounds. */
export async function runStepBreakdown(runs = 50): Promise<StepBreakdown> {
  await initNodeBackend('wasm');
  const best = (a: StepTimes, b: StepTimes): StepTimes => (a.step_ms <= b.step_ms ? a : b);
  const on1 = measure(true, runs);
  const off1 = measure(false, runs);
  const on2 = measure(true, runs);
  const off2 = measure(false, runs);
  return { batch: 128, with_kernels: best(on1, on2), without_kernels: best(off1, off2) };
}
