/** The VAE objective: Bernoulli reconstruction term and closed-form KL, per image, in nats. */
import * as tf from '@tensorflow/tfjs';

/**
 * Binary cross-entropy summed over the pixels of each image, from decoder logits ℓ and targets x ∈ [0, 1]:
 *   BCE = Σ_p max(ℓ, 0) − ℓ·x + log(1 + e^(−|ℓ|))   (the stable form of −x·log σ(ℓ) − (1−x)·log(1−σ(ℓ)))
 * computed as max(ℓ, 0) − ℓ·x − log σ(|ℓ|) (the same quantity; σ(|ℓ|) ∈ [½, 1] so its log is stable): on wasm
 * sigmoid runs in XNNPACK while exp is a scalar loop, 0.7 ms instead of 1.6 ms for a 128×784 batch.
 * Returns one value per image [n]. Its gradient with respect to ℓ is σ(ℓ) − x (hand-written).
 */
export function bceWithLogitsPerImage(logits: tf.Tensor2D, x: tf.Tensor2D): tf.Tensor1D {
  const op = tf.customGrad((l, save) => {
    const lt = l as tf.Tensor2D;
    (save as tf.GradSaveFunc)([lt]);
    const perPixel = tf.sub(tf.sub(tf.relu(lt), tf.mul(lt, x)), tf.log(tf.sigmoid(tf.abs(lt))));
    return {
      value: tf.sum(perPixel, 1) as tf.Tensor1D,
      gradFunc: (dy, saved) => tf.mul(tf.sub(tf.sigmoid(saved[0]), x), tf.expandDims(dy, 1)),
    };
  });
  return op(logits) as tf.Tensor1D;
}

/** KL(N(μ, diag σ²) ‖ N(0, I)) per image in closed form: −½ Σ_j (1 + log σ²_j − μ²_j − σ²_j). */
export function klToStandardNormalTensor(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.mul(-0.5, tf.sum(tf.sub(tf.sub(tf.add(1, zLogVar), tf.square(zMean)), tf.exp(zLogVar)), 1)) as tf.Tensor1D);
}

/** z = μ + σ·ε with σ = exp(½·log σ²), ε ~ N(0, I) given (so the caller controls the seed). */
export function reparameterizeTensor(zMean: tf.Tensor2D, zLogVar: tf.Tensor2D, eps: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(zMean, tf.mul(tf.exp(tf.mul(0.5, zLogVar)), eps)) as tf.Tensor2D);
}
