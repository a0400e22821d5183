/** Held-out evaluation: the negative ELBO in nats per image, averaged over images and seeded z samples. */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, type MnistSet } from '../data/mnist.ts';
import { mulberry32, normalSampler } from '../math/random.ts';
import type { AutoencoderNet } from './autoencoder.ts';

/** −ELBO = E_q[−log p(x|z)] + KL(q(z|x) ‖ N(0, I)) (β = 1), in nats per image; AE: kl = 0, z = code. */
export interface EvalResult {
  negElbo: number;
  recon: number;
  kl: number;
  /** Images evaluated. */
  n: number;
}

/** Options of evaluateNegElbo. */
export interface EvalOptions {
  /** z samples per image (VAE). Default 10. */
  samples?: number;
  /** Seed of the ε draws. Default 0. */
  seed?: number;
  /** Images per forward pass. Default 500. */
  batchSize?: number;
}

/** Estimate −ELBO on a whole set with `samples` draws of z per image (reconstruction averaged over draws). */
export async function evaluateNegElbo(net: AutoencoderNet, set: MnistSet, options: EvalOptions = {}): Promise<EvalResult> {
  const samples = net.kind === 'vae' ? Math.max(1, options.samples ?? 10) : 1;
  const batchSize = options.batchSize ?? 500;
  const nextNormal = normalSampler(mulberry32(options.seed ?? 0));
  const latent = net.config.latentDim;
  let reconSum = 0;
  let klSum = 0;
  for (let start = 0; start < set.count; start += batchSize) {
    const n = Math.min(batchSize, set.count - start);
    const sums = tf.tidy(() => {
      const x = tf.tensor2d(set.images.subarray(start * IMAGE_SIZE, (start + n) * IMAGE_SIZE), [n, IMAGE_SIZE]);
      let recon: tf.Tensor = tf.scalar(0);
      let kl: tf.Tensor = tf.scalar(0);
      for (let s = 0; s < samples; s++) {
        const eps = net.kind === 'vae' ? tf.tensor2d(Float32Array.from({ length: n * latent }, nextNormal), [n, latent]) : null;
        const terms = net.lossPerImage(x, eps);
        recon = tf.add(recon, tf.sum(terms.recon));
        if (s === 0) kl = tf.sum(terms.kl);
      }
      return tf.stack([tf.div(recon, samples), kl]);
    });
    try {
      const [r, k] = await sums.data();
      reconSum += r;
      klSum += k;
    } finally {
      sums.dispose();
    }
  }
  const recon = reconSum / set.count;
  const kl = klSum / set.count;
  return { negElbo: recon + kl, recon, kl, n: set.count };
}
