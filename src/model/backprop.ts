/**
 * The batch loss and its gradients by explicit backpropagation (no autodiff tape), for a step without dropout.
 *
 * Why: under tf.variableGrads every kernel's saved tensors are cloned (a copy on wasm, the 512×784 decoder kernel
 * included), fused matMul+ReLU falls back to three kernels, and the tape adds its own bookkeeping kernels: a step
 * dispatched ~180 kernels. Written out, the same gradients take ~70, each a few tens of µs of overhead less.
 * The result equals the autodiff gradient of AutoencoderNet.loss (tests/unit/model/backprop.test.ts).
 */
import * as tf from '@tensorflow/tfjs';
import type { AutoencoderNet } from './autoencoder.ts';
import { inputGrad, paramGrads, type Dense } from './dense.ts';
import { transpose2d } from './kernels/wasmKernels.ts';

/** [total, recon, kl] (batch means, nats/image) and one gradient per variable, in `net.variables()` order. */
export interface LossAndGrads {
  stats: tf.Tensor1D;
  grads: tf.Tensor[];
}

/** Forward pass and gradients of total = mean(recon) + β·mean(kl) (AE: mean(recon)); call inside tf.tidy. */
export function lossAndGrads(net: AutoencoderNet, x: tf.Tensor2D, eps: tf.Tensor2D | null, beta: number): LossAndGrads {
  const n = x.shape[0];
  // forward, keeping each layer's input and output
  const encIn: tf.Tensor2D[] = [];
  let h = x;
  for (const layer of net.encoderHidden) {
    encIn.push(h);
    h = forward(layer, h);
  }
  const mean = forward(net.zMean, h);
  const logVar = net.zLogVar ? forward(net.zLogVar, h) : null;
  const std = logVar && eps ? tf.exp(tf.mul(logVar, 0.5)) : null;
  const z: tf.Tensor2D = std && eps ? tf.add(mean, tf.mul(std, eps)) : mean;
  const decIn: tf.Tensor2D[] = [];
  let d = z;
  for (const layer of net.decoderLayers) {
    decIn.push(d);
    d = forward(layer, d);
  }
  const logits = d;
  // BCE per image as in bceWithLogitsPerImage; KL as in klToStandardNormalTensor (σ² = std², or exp(log σ²) without ε)
  const recon = tf.sum(tf.sub(tf.sub(tf.relu(logits), tf.mul(logits, x)), tf.log(tf.sigmoid(tf.abs(logits)))), 1);
  const variance = logVar ? (std ? tf.mul(std, std) : tf.exp(logVar)) : null;
  const kl = logVar && variance ? tf.mul(tf.sum(tf.sub(tf.sub(tf.add(logVar, 1), tf.mul(mean, mean)), variance), 1), -0.5) : null;
  const r = tf.mean(recon);
  const k = kl ? tf.mean(kl) : tf.scalar(0);
  const total = kl ? tf.add(r, tf.mul(k, beta)) : r;
  const stats = tf.stack([total, r, k]) as tf.Tensor1D;

  // backward: ∂total/∂logits = (σ(ℓ) − x) / n
  const grads = new Map<Dense, [tf.Tensor2D, tf.Tensor1D]>();
  let dOut: tf.Tensor2D = tf.mul(tf.sub(tf.sigmoid(logits), x), 1 / n);
  for (let i = net.decoderLayers.length - 1; i >= 0; i--) {
    const layer = net.decoderLayers[i];
    const dz = i === net.decoderLayers.length - 1 ? dOut : maskRelu(dOut, decIn[i + 1]);
    grads.set(layer, paramGrads(decIn[i], dz));
    dOut = inputGrad(dz, layer.kernel);
  }
  // dOut is now ∂total/∂z; through z = μ + σ·ε and the KL term (∂KL/∂μ = μ, ∂KL/∂log σ² = ½(σ² − 1), per image)
  const klScale = beta / n;
  const dMean: tf.Tensor2D = logVar ? tf.add(dOut, tf.mul(mean, klScale)) : dOut;
  const dLogVar: tf.Tensor2D | null =
    logVar && variance
      ? tf.add(std && eps ? tf.mul(tf.mul(dOut, eps), tf.mul(std, 0.5)) : tf.zerosLike(logVar), tf.mul(tf.sub(variance, 1), 0.5 * klScale))
      : null;
  const hT = transpose2d(h);
  grads.set(net.zMean, headGrads(hT, dMean));
  if (net.zLogVar && dLogVar) grads.set(net.zLogVar, headGrads(hT, dLogVar));
  if (net.encoderHidden.length > 0) {
    let dh = inputGrad(dMean, net.zMean.kernel);
    if (net.zLogVar && dLogVar) dh = tf.add(dh, inputGrad(dLogVar, net.zLogVar.kernel));
    for (let i = net.encoderHidden.length - 1; i >= 0; i--) {
      const layer = net.encoderHidden[i];
      const dz = maskRelu(dh, i === net.encoderHidden.length - 1 ? h : encIn[i + 1]);
      grads.set(layer, paramGrads(encIn[i], dz));
      if (i > 0) dh = inputGrad(dz, layer.kernel);
    }
  }
  return { stats, grads: net.layers().flatMap((l) => grads.get(l)!) };
}

/** The layer's training output (logits for the sigmoid output layer), with ReLU fused into the matMul. */
function forward(layer: Dense, x: tf.Tensor2D): tf.Tensor2D {
  const activation = layer.activation === 'relu' ? 'relu' : 'linear';
  return tf.fused.matMul({ a: x, b: layer.kernel, bias: layer.bias, activation }) as tf.Tensor2D;
}

/** ∂/∂(pre-activation) of a ReLU layer whose output is `y`. */
function maskRelu(dy: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
  return tf.mul(dy, tf.step(y));
}

/** Kernel and bias gradients of a head from the transposed shared input hᵀ. */
function headGrads(hT: tf.Tensor2D, dz: tf.Tensor2D): [tf.Tensor2D, tf.Tensor1D] {
  const [n, out] = dz.shape;
  return [tf.matMul(hT, dz), tf.reshape(tf.matMul(tf.ones([1, n]), dz), [out])];
}
