/**
 * The MLP VAE and the plain autoencoder (AE) of the deck, built from raw Dense layers:
 *   encoder 784 → hidden… → (z_mean, z_log_var)      [AE: 784 → hidden… → z]
 *   decoder latent → …hidden reversed → 784 (sigmoid)
 */
import * as tf from '@tensorflow/tfjs';
import { Dense } from './dense.ts';
import { bceWithLogitsPerImage, klToStandardNormalTensor, reparameterizeTensor } from './loss.ts';

/** Pixels per flattened MNIST image. */
export const INPUT_DIM = 784;

/** 'vae': probabilistic encoder q(z|x) and KL term; 'ae': deterministic code, reconstruction loss only. */
export type ModelKind = 'vae' | 'ae';

/** Options of the model factories. */
export interface ModelOptions {
  /** Hidden layer sizes of the encoder (the decoder mirrors them). Default 512. */
  hidden?: number | number[];
  /** Latent dimension. Default 2. */
  latentDim?: number;
  /** Weight of the KL term in the VAE loss (β-VAE). Default 1. */
  beta?: number;
  /** Seed of the weight initialisation. Default 1. */
  seed?: number;
  /** Values per input image (784 for MNIST; 32·32·3 = 3,072 for the own-images RGB path). Default INPUT_DIM. */
  inputDim?: number;
}

/** The resolved architecture. */
export interface ModelConfig {
  kind: ModelKind;
  /** Values per input image (and per decoded output). */
  inputDim: number;
  hidden: number[];
  latentDim: number;
  beta: number;
}

/** Training-time regularisation: dropout on the hidden activations (identity when rate is 0 or absent). */
export interface DropoutSpec {
  rate: number;
  /** Seed of this step's masks. */
  seed: number;
}

/** Mean loss terms over a batch, in nats per image (AE: kl is 0). */
export interface LossTensors {
  total: tf.Scalar;
  recon: tf.Scalar;
  kl: tf.Scalar;
}

/** An encoder/decoder pair with raw variables; VAE or AE according to `config.kind`. */
export class AutoencoderNet {
  readonly config: ModelConfig;
  readonly encoderHidden: Dense[];
  readonly zMean: Dense;
  readonly zLogVar: Dense | null;
  readonly decoderLayers: Dense[];

  constructor(kind: ModelKind, options: ModelOptions = {}) {
    const hidden = normalizeHidden(options.hidden ?? 512);
    const latentDim = options.latentDim ?? 2;
    if (!(Number.isInteger(latentDim) && latentDim >= 1)) throw new Error(`latentDim must be a positive integer, got ${latentDim}`);
    const inputDim = options.inputDim ?? INPUT_DIM;
    if (!(Number.isInteger(inputDim) && inputDim >= 1)) throw new Error(`inputDim must be a positive integer, got ${inputDim}`);
    this.config = { kind, inputDim, hidden, latentDim, beta: options.beta ?? 1 };
    let seed = (options.seed ?? 1) * 1000;
    let width = inputDim;
    this.encoderHidden = hidden.map((h, i) => {
      const layer = new Dense(`encoder_dense_${i + 1}`, width, h, 'relu', seed++);
      width = h;
      return layer;
    });
    this.zMean = new Dense(kind === 'vae' ? 'z_mean' : 'z', width, latentDim, 'linear', seed++);
    this.zLogVar = kind === 'vae' ? new Dense('z_log_var', width, latentDim, 'linear', seed++) : null;
    width = latentDim;
    const decoderHidden = [...hidden].reverse();
    this.decoderLayers = decoderHidden.map((h, i) => {
      const layer = new Dense(`decoder_dense_${i + 1}`, width, h, 'relu', seed++);
      width = h;
      return layer;
    });
    this.decoderLayers.push(new Dense('decoder_output', width, inputDim, 'sigmoid', seed++));
  }

  /** The VAE/AE kind. */
  get kind(): ModelKind {
    return this.config.kind;
  }

  /** q(z|x): means [n, latent] and log-variances (null for the AE). Differentiable. */
  encode(x: tf.Tensor2D, dropout?: DropoutSpec): { mean: tf.Tensor2D; logVar: tf.Tensor2D | null } {
    let h = x;
    this.encoderHidden.forEach((layer, i) => {
      h = applyDropout(layer.applyLogits(h, i > 0), dropout, i);
    });
    const first = this.encoderHidden.length === 0;
    return { mean: this.zMean.applyLogits(h, !first), logVar: this.zLogVar ? this.zLogVar.applyLogits(h, !first) : null };
  }

  /** Decoder logits [n, inputDim] for codes z [n, latent]. Differentiable. */
  decodeLogits(z: tf.Tensor2D, dropout?: DropoutSpec): tf.Tensor2D {
    let h = z;
    this.decoderLayers.forEach((layer, i) => {
      h = layer.applyLogits(h);
      if (i < this.decoderLayers.length - 1) h = applyDropout(h, dropout, 100 + i);
    });
    return h;
  }

  /** Pixel (or colour-channel) probabilities p(x|z) [n, inputDim] in [0, 1]. */
  decode(z: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => tf.sigmoid(this.decodeLogits(z)));
  }

  /**
   * Per-image loss terms [n] for a batch: recon = BCE summed over pixels, kl = KL(q(z|x) ‖ N(0, I)).
   * `eps` ~ N(0, I) [n, latent] draws z = μ + σ·ε (VAE); with eps null the VAE decodes z = μ.
   */
  lossPerImage(x: tf.Tensor2D, eps: tf.Tensor2D | null, dropout?: DropoutSpec): { recon: tf.Tensor1D; kl: tf.Tensor1D } {
    return tf.tidy(() => {
      const { mean, logVar } = this.encode(x, dropout);
      const z = logVar && eps ? reparameterizeTensor(mean, logVar, eps) : mean;
      const recon = bceWithLogitsPerImage(this.decodeLogits(z, dropout), x);
      const kl = logVar ? klToStandardNormalTensor(mean, logVar) : tf.zerosLike(recon);
      return { recon, kl };
    });
  }

  /** Batch means of the loss: total = recon + β·kl (VAE) or recon (AE), in nats per image. */
  loss(x: tf.Tensor2D, eps: tf.Tensor2D | null, beta: number = this.config.beta, dropout?: DropoutSpec): LossTensors {
    return tf.tidy(() => {
      const { recon, kl } = this.lossPerImage(x, eps, dropout);
      const r = tf.mean(recon);
      const k = tf.mean(kl);
      const total = this.kind === 'vae' ? tf.add(r, tf.mul(beta, k)) : r;
      return { total: total as tf.Scalar, recon: r as tf.Scalar, kl: k as tf.Scalar };
    });
  }

  /** Every layer, encoder first, in a stable order. */
  layers(): Dense[] {
    return [...this.encoderHidden, this.zMean, ...(this.zLogVar ? [this.zLogVar] : []), ...this.decoderLayers];
  }

  /** All trainable variables. */
  variables(): tf.Variable[] {
    return this.layers().flatMap((l) => l.variables());
  }

  /** Release every variable. */
  dispose(): void {
    for (const l of this.layers()) l.dispose();
  }
}

function applyDropout(h: tf.Tensor2D, dropout: DropoutSpec | undefined, layer: number): tf.Tensor2D {
  return dropout && dropout.rate > 0 ? (tf.dropout(h, dropout.rate, undefined, dropout.seed * 131 + layer) as tf.Tensor2D) : h;
}

/** Parse the `hidden` option into a list of positive integer widths. */
export function normalizeHidden(hidden: number | number[]): number[] {
  const list = Array.isArray(hidden) ? hidden : [hidden];
  for (const h of list) if (!(Number.isInteger(h) && h >= 1)) throw new Error(`hidden sizes must be positive integers, got ${JSON.stringify(hidden)}`);
  return [...list];
}

/** A VAE: 784 → hidden → (z_mean, z_log_var); latent → hidden → 784 sigmoid; loss BCE + β·KL. */
export function createVae(options: ModelOptions = {}): AutoencoderNet {
  return new AutoencoderNet('vae', options);
}

/** A plain autoencoder of the same shape: deterministic code z, reconstruction loss only. */
export function createAutoencoder(options: ModelOptions = {}): AutoencoderNet {
  return new AutoencoderNet('ae', options);
}
