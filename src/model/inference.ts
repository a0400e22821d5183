/** Inference on a network, read back to typed arrays: what the trainer answers between training steps. */
import * as tf from '@tensorflow/tfjs';
import { firstOfEachDigit, IMAGE_SIZE, type MnistSet } from '../data/mnist.ts';
import type { AutoencoderNet } from './autoencoder.ts';
import { evaluateNegElbo } from './evaluate.ts';
import type { TrainSnapshot } from './trainerTypes.ts';

/** Read a tensor back to a Float32Array and dispose it. */
async function readAndDispose(t: tf.Tensor): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

/** Encode n images (n·784): n·latent means. */
export function encodeMeans(net: AutoencoderNet, x: Float32Array, n: number): Promise<Float32Array> {
  return readAndDispose(tf.tidy(() => net.encode(tf.tensor2d(x, [n, IMAGE_SIZE])).mean));
}

/** Encode n images into q(z|x): n·latent means followed by n·latent log-variances (zeros for an AE). */
export function encodeDistribution(net: AutoencoderNet, x: Float32Array, n: number): Promise<Float32Array> {
  return readAndDispose(
    tf.tidy(() => {
      const { mean, logVar } = net.encode(tf.tensor2d(x, [n, IMAGE_SIZE]));
      return tf.concat([mean.reshape([-1]), (logVar ?? tf.zerosLike(mean)).reshape([-1])]);
    }),
  );
}

/** Decode n codes (n·latent) into n·784 pixel probabilities. */
export function decodeCodes(net: AutoencoderNet, z: Float32Array, n: number): Promise<Float32Array> {
  return readAndDispose(tf.tidy(() => net.decode(tf.tensor2d(z, [n, net.config.latentDim]))));
}

/** The held-out latent means (first two dimensions), reconstructions of the first digit of each class, and the −ELBO. */
export async function heldOutSnapshot(net: AutoencoderNet, test: MnistSet): Promise<Omit<TrainSnapshot, 'step' | 'epoch'>> {
  const sampleIndices = firstOfEachDigit(test).filter((i) => i >= 0);
  const latent = net.config.latentDim;
  const [means, recon] = tf.tidy(() => {
    const m = net.encode(tf.tensor2d(test.images, [test.count, IMAGE_SIZE])).mean;
    const xs = tf.tensor2d(Float32Array.from(sampleIndices.flatMap((i) => Array.from(test.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)))), [sampleIndices.length, IMAGE_SIZE]);
    const mean2 = latent === 2 ? m : tf.slice(m, [0, 0], [-1, Math.min(2, latent)]);
    return [mean2, net.decode(net.encode(xs).mean)];
  });
  try {
    const ev = await evaluateNegElbo(net, test, { samples: 1, seed: 0 });
    return {
      latentMeans: (await means.data()) as Float32Array,
      labels: test.labels.slice(),
      reconstructions: (await recon.data()) as Float32Array,
      sampleIndices,
      heldOutNegElbo: ev.negElbo,
    };
  } finally {
    means.dispose();
    recon.dispose();
  }
}
