/** Adam (Kingma & Ba) over raw variables, with a learning rate that can change between steps and a reset. */
import * as tf from '@tensorflow/tfjs';
import { wasmKernels, type AdamKernel, type WasmHeap } from './kernels/wasmKernels.ts';

/**
 * Without the SIMD kernel (kernels/wasmKernels.ts), variables up to this size are updated by one JavaScript loop over the
 * WASM heap instead of ~13 tfjs kernels: each kernel costs ~35 µs of dispatch whatever its size, while the loop costs
 * a few ns per value (~4 ns: no faster than the kernels' passes for large variables).
 */
const SMALL_VARIABLE = 32_768;

/** Adam hyper-parameters. */
export interface AdamOptions {
  learningRate?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Decoupled weight decay (AdamW): w ← w − lr·λ·w each step. Default 0. */
  weightDecay?: number;
}

/** Adam optimiser state for a fixed list of variables. */
export class Adam {
  /** Step size; may be changed at any time (applies from the next step). */
  learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  weightDecay: number;
  private readonly vars: tf.Variable[];
  private m: tf.Variable[];
  private v: tf.Variable[];
  private t = 0;

  constructor(vars: tf.Variable[], options: AdamOptions = {}) {
    this.vars = vars;
    this.learningRate = options.learningRate ?? 1e-3;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.epsilon = options.epsilon ?? 1e-7;
    this.weightDecay = options.weightDecay ?? 0;
    // tidy: the zerosLike initialisers would otherwise outlive the optimiser (2 tensors per variable per reset)
    this.m = vars.map((w) => tf.tidy(() => tf.variable(tf.zerosLike(w), false)));
    this.v = vars.map((w) => tf.tidy(() => tf.variable(tf.zerosLike(w), false)));
  }

  /** Updates applied so far. */
  get iterations(): number {
    return this.t;
  }

  /** Apply one update from gradients given in the same order as the variables. */
  apply(grads: tf.Tensor[]): void {
    if (grads.length !== this.vars.length) throw new Error(`Adam.apply: ${grads.length} gradients for ${this.vars.length} variables`);
    this.t++;
    // bias corrections folded into the step: α_t = α·√(1−β₂ᵗ)/(1−β₁ᵗ)
    const alpha = (this.learningRate * Math.sqrt(1 - this.beta2 ** this.t)) / (1 - this.beta1 ** this.t);
    const decay = 1 - this.learningRate * this.weightDecay;
    const heap = tf.getBackend() === 'wasm' ? (tf.backend() as unknown as WasmHeap) : null;
    const kernel = heap ? (wasmKernels()?.adam ?? null) : null;
    // g·g rather than square(g): on wasm a binary op runs in XNNPACK (SIMD), a unary one in a scalar loop (~10× slower)
    tf.tidy(() => {
      grads.forEach((g, i) => {
        if (heap && g.dtype === 'float32' && (kernel || g.size <= SMALL_VARIABLE)) return this.applyOnHeap(heap, kernel, i, g, alpha, decay);
        const m = tf.add(tf.mul(this.m[i], this.beta1), tf.mul(g, 1 - this.beta1));
        const v = tf.add(tf.mul(this.v[i], this.beta2), tf.mul(tf.mul(g, g), 1 - this.beta2));
        this.m[i].assign(m);
        this.v[i].assign(v);
        const w = this.weightDecay > 0 ? tf.mul(this.vars[i], decay) : this.vars[i];
        this.vars[i].assign(tf.sub(w, tf.mul(tf.div(m, tf.add(tf.sqrt(v), this.epsilon)), alpha)));
      });
    });
  }

  /**
   * The same update for variable i as one loop on the WASM heap (the SIMD kernel, else JavaScript): m and v in place
   * (this optimiser's own buffers), the new weights into a fresh buffer (a weight buffer may be shared with a copy, and
   * XNNPACK caches packed weights by buffer), then assigned.
   */
  private applyOnHeap(heap: WasmHeap, kernel: AdamKernel | null, i: number, grad: tf.Tensor, alpha: number, decay: number): void {
    const variable = this.vars[i];
    const inputs = [grad, this.m[i], this.v[i], variable];
    // Reading a tensor may first move its data to this backend (an allocation) and makeOutput may grow the memory,
    // which detaches earlier views but moves no buffer: take each address as soon as it is known, the output last.
    const [g, m, v, w] = inputs.map((t) => heap.typedArrayFromHeap(t).byteOffset);
    const info = heap.makeOutput(variable.shape, 'float32');
    if (kernel) {
      const { beta1: b1, beta2: b2, epsilon: eps } = this;
      kernel(g, m, v, w, heap.typedArrayFromHeap(info).byteOffset, variable.size, b1, b2, eps, alpha, decay);
    } else {
      const [gv, mv, vv, wv, out] = [...inputs, info].map((t) => heap.typedArrayFromHeap(t)); // fresh views, nothing allocates now
      this.loopOnHeap(gv, mv, vv, wv, out, alpha, decay);
    }
    const next = tf.engine().makeTensorFromTensorInfo(info);
    variable.assign(next);
    next.dispose();
  }

  /** The update in JavaScript over heap views (no SIMD kernel). */
  private loopOnHeap(g: Float32Array, m: Float32Array, v: Float32Array, w: Float32Array, out: Float32Array, alpha: number, decay: number): void {
    const { beta1: b1, beta2: b2, epsilon: eps } = this;
    for (let j = 0; j < out.length; j++) {
      const gj = g[j];
      const mj = b1 * m[j] + (1 - b1) * gj;
      const vj = b2 * v[j] + (1 - b2) * gj * gj;
      m[j] = mj;
      v[j] = vj;
      out[j] = w[j] * decay - (alpha * mj) / (Math.sqrt(vj) + eps);
    }
  }

  /** Forget the moment estimates (after restoring weights, for instance). */
  reset(): void {
    this.t = 0;
    tf.tidy(() => {
      for (const s of [...this.m, ...this.v]) s.assign(tf.zerosLike(s));
    });
  }

  /** Release the moment variables. */
  dispose(): void {
    for (const s of [...this.m, ...this.v]) s.dispose();
  }
}
