/** One optimisation step on a mini-batch, returning the batch's loss terms as a small tensor. */
import * as tf from '@tensorflow/tfjs';
import type { Adam } from './adam.ts';
import { type AutoencoderNet, type DropoutSpec } from './autoencoder.ts';
import { lossAndGrads } from './backprop.ts';

/**
 * Compute the gradients of the batch loss (written out without dropout, autodiff with our dense gradients with it)
 * and apply them with `optimizer`.
 * `images` holds n·inputDim intensities, `eps` n·latent N(0, 1) draws (ignored by the AE).
 * `dropout` (optional) regularises the hidden layers during this step.
 * Returns [total, recon, kl] (nats/image, before the update); the caller disposes it.
 */
export function trainStep(net: AutoencoderNet, optimizer: Adam, images: Float32Array, n: number, eps: Float32Array | null, beta: number, dropout?: DropoutSpec): tf.Tensor1D {
  return tf.tidy(() => {
    const x = tf.tensor2d(images, [n, net.config.inputDim]);
    const e = net.kind === 'vae' && eps ? tf.tensor2d(eps, [n, net.config.latentDim]) : null;
    if (!dropout || dropout.rate <= 0) {
      // the live trainer's case: the gradients written out (backprop.ts), ~70 kernels instead of ~180 with the tape
      const { stats, grads } = lossAndGrads(net, x, e, beta);
      optimizer.apply(grads);
      return stats;
    }
    const vars = net.variables();
    let stats: tf.Tensor1D | null = null;
    const { grads } = tf.variableGrads(() => {
      const { total, recon, kl } = net.loss(x, e, beta, dropout);
      stats = tf.keep(tf.stack([total, recon, kl]) as tf.Tensor1D);
      return total;
    }, vars);
    optimizer.apply(vars.map((v) => grads[v.name]));
    return stats as unknown as tf.Tensor1D;
  });
}
