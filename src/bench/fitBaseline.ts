/** The baseline: the same VAE written as a tf.layers model and trained with model.fit, as a tfjs user would. */
import * as tf from '@tensorflow/tfjs';
import { median } from './trainerBench.ts';

/** z = μ + σ·ε as a Keras-style layer (inputs [zMean, zLogVar]). */
class Sampling extends tf.layers.Layer {
  static className = 'Sampling';
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return (inputShape as tf.Shape[])[0];
  }
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const [mean, logVar] = inputs as tf.Tensor[];
      return tf.add(mean, tf.mul(tf.exp(tf.mul(0.5, logVar)), tf.randomNormal(mean.shape)));
    });
  }
}

/** 784-hidden-(2+2) / 2-hidden-784 VAE as one tf.LayersModel with outputs [reconstruction, concat(zMean, zLogVar)]. */
export function buildFitVae(hidden = 512, latent = 2): tf.LayersModel {
  const x = tf.input({ shape: [784] });
  const h = tf.layers.dense({ units: hidden, activation: 'relu' }).apply(x) as tf.SymbolicTensor;
  const zMean = tf.layers.dense({ units: latent }).apply(h) as tf.SymbolicTensor;
  const zLogVar = tf.layers.dense({ units: latent }).apply(h) as tf.SymbolicTensor;
  const z = new Sampling({}).apply([zMean, zLogVar]) as tf.SymbolicTensor;
  const d = tf.layers.dense({ units: hidden, activation: 'relu' }).apply(z) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 784, activation: 'sigmoid' }).apply(d) as tf.SymbolicTensor;
  const stats = tf.layers.concatenate().apply([zMean, zLogVar]) as tf.SymbolicTensor;
  const model = tf.model({ inputs: x, outputs: [out, stats] });
  const bceSum = (yTrue: tf.Tensor, yPred: tf.Tensor) =>
    tf.tidy(() => tf.mul(784, tf.metrics.binaryCrossentropy(yTrue, yPred)));
  const kl = (_yTrue: tf.Tensor, yPred: tf.Tensor) =>
    tf.tidy(() => {
      const [m, lv] = tf.split(yPred, 2, 1);
      return tf.mul(-0.5, tf.sum(tf.sub(tf.sub(tf.add(1, lv), tf.square(m)), tf.exp(lv)), 1));
    });
  model.compile({ optimizer: tf.train.adam(1e-3), loss: [bceSum, kl] });
  return model;
}

/** model.fit throughput: median over batches (robust to load bursts) and whole-epoch mean, in samples/s. */
export interface FitBench {
  median: number;
  mean: number;
}

/** Samples/s of model.fit over `samples` digits at batch 128 (after a short warm-up fit). */
export async function measureFit(images: Float32Array, samples: number, batchSize = 128): Promise<FitBench> {
  const model = buildFitVae();
  const n = Math.min(samples, images.length / 784);
  const xs = tf.tensor2d(images.subarray(0, n * 784), [n, 784]);
  const dummy = tf.zeros([n, 4]);
  try {
    const warm = [tf.slice(xs, 0, batchSize * 2), tf.slice(dummy, 0, batchSize * 2)];
    await model.fit(warm[0], [warm[0], warm[1]], { batchSize, epochs: 1, shuffle: false, verbose: 0 });
    tf.dispose(warm);
    const batchMs: number[] = [];
    let tb = 0;
    const t0 = performance.now();
    await model.fit(xs, [xs, dummy], {
      batchSize,
      epochs: 1,
      shuffle: true,
      verbose: 0,
      callbacks: { onBatchBegin: () => void (tb = performance.now()), onBatchEnd: () => void batchMs.push(performance.now() - tb) },
    });
    const mean = n / ((performance.now() - t0) / 1000);
    return { median: (batchSize * 1000) / median(batchMs), mean };
  } finally {
    xs.dispose();
    dummy.dispose();
    model.dispose();
  }
}
