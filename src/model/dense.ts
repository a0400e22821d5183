/**
 * A fully connected layer held as raw tfjs variables, with a hand-written gradient.
 *
 * Why: on tfjs-backend-wasm 4.22, matMul with transposeA/transposeB (what the default dense gradient uses)
 * is 10–20× slower than an explicit transpose followed by a plain matMul. Our gradient only uses the latter, with the
 * transposes done by our own kernel on wasm (kernels/wasmKernels.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../math/random.ts';
import { transpose2d } from './kernels/wasmKernels.ts';

/** The non-linearity after the affine map. 'sigmoid' layers compute logits in training (see applyLogits). */
export type Activation = 'relu' | 'linear' | 'sigmoid';

/** Glorot-uniform weights: U(−l, l), l = √(6 / (fanIn + fanOut)), from a seeded source. */
export function glorotUniform(fanIn: number, fanOut: number, seed: number): Float32Array {
  const rng = mulberry32(seed);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < out.length; i++) out[i] = (2 * rng() - 1) * limit;
  return out;
}

/** y = act(x·W + b) for a 2-D batch, with W: [inDim, outDim] and b: [outDim]. */
export class Dense {
  readonly name: string;
  readonly inDim: number;
  readonly outDim: number;
  readonly activation: Activation;
  readonly kernel: tf.Variable<tf.Rank.R2>;
  readonly bias: tf.Variable<tf.Rank.R1>;

  constructor(name: string, inDim: number, outDim: number, activation: Activation, seed: number) {
    this.name = name;
    this.inDim = inDim;
    this.outDim = outDim;
    this.activation = activation;
    // variable names are left to tfjs: they must be unique per process, and several nets can coexist
    this.kernel = tf.tidy(() => tf.variable(tf.tensor2d(glorotUniform(inDim, outDim, seed), [inDim, outDim])));
    this.bias = tf.tidy(() => tf.variable(tf.zeros([outDim])));
  }

  /**
   * The pre-sigmoid output for 'sigmoid' layers, the activated output otherwise.
   * `inputNeedsGrad: false` (the data layer) skips computing ∂L/∂x.
   */
  applyLogits(x: tf.Tensor2D, inputNeedsGrad = true): tf.Tensor2D {
    const relu = this.activation === 'relu';
    if (!inputNeedsGrad) {
      const op = tf.customGrad((w, b, save) => {
        const y = affine(x, w as tf.Tensor2D, b as tf.Tensor1D, relu);
        (save as tf.GradSaveFunc)([y]);
        return { value: y, gradFunc: (dy, saved) => paramGrads(x, maskRelu(dy as tf.Tensor2D, saved[0], relu)) };
      });
      return op(this.kernel, this.bias) as tf.Tensor2D;
    }
    const op = tf.customGrad((xIn, w, b, save) => {
      const y = affine(xIn as tf.Tensor2D, w as tf.Tensor2D, b as tf.Tensor1D, relu);
      (save as tf.GradSaveFunc)([xIn as tf.Tensor, w as tf.Tensor, y]);
      return {
        value: y,
        gradFunc: (dy, saved) => {
          const [xs, ws, ys] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
          const dz = maskRelu(dy as tf.Tensor2D, ys, relu);
          return [inputGrad(dz, ws), ...paramGrads(xs, dz)];
        },
      };
    });
    return op(x, this.kernel, this.bias) as tf.Tensor2D;
  }

  /** The activated output (sigmoid applied for 'sigmoid' layers); for inference. */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const y = affine(x, this.kernel, this.bias, this.activation === 'relu');
      return this.activation === 'sigmoid' ? tf.sigmoid(y) : y;
    });
  }

  /** The trainable variables [kernel, bias]. */
  variables(): tf.Variable[] {
    return [this.kernel, this.bias];
  }

  /** Release the variables. */
  dispose(): void {
    this.kernel.dispose();
    this.bias.dispose();
  }
}

/** x·W + b (then ReLU) as one fused kernel: one pass over the output instead of three. */
function affine(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D, relu: boolean): tf.Tensor2D {
  return tf.fused.matMul({ a: x, b: w, bias: b, activation: relu ? 'relu' : 'linear' }) as tf.Tensor2D;
}

function maskRelu(dy: tf.Tensor2D, y: tf.Tensor, relu: boolean): tf.Tensor2D {
  // relu'(a) = 1 where the output is positive
  return relu ? tf.mul(dy, tf.step(y)) : dy;
}

/**
 * ∂L/∂x = dz·Wᵀ with plain matMuls only. Transposing a large W is slow on wasm (2–6 ms for 512×784), so when W
 * is bigger than the batch-sized matrices we compute (W·dzᵀ)ᵀ instead, transposing only dz and the result.
 */
export function inputGrad(dz: tf.Tensor2D, w: tf.Tensor2D): tf.Tensor2D {
  const [n, out] = dz.shape;
  const inDim = w.shape[0];
  if (w.size > n * (inDim + out)) return transpose2d(tf.matMul(w, transpose2d(dz)));
  return tf.matMul(dz, transpose2d(w));
}

/**
 * [∂L/∂W, ∂L/∂b] = [xᵀ·dz, Σ_rows dz], with an explicit transpose instead of transposeA. The column sums are a
 * [1, n]·dz matMul: on wasm a sum over axis 0 transposes dz first (0.4 ms for 128×784, the matMul 0.02 ms).
 */
export function paramGrads(x: tf.Tensor2D, dz: tf.Tensor2D): [tf.Tensor2D, tf.Tensor1D] {
  const [n, out] = dz.shape;
  return [tf.matMul(transpose2d(x), dz), tf.reshape(tf.matMul(tf.ones([1, n]), dz), [out])];
}
