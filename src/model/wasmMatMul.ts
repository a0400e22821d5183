/**
 * A faster `BatchMatMul` for tfjs-backend-wasm 4.22, for code that trains with the Layers API (the notebook): the wasm
 * kernel multiplies with transposeA/transposeB 10–40× slower than an explicit transpose followed by a plain product
 * (the default dense-layer gradients use exactly those flags; src/model/dense.ts avoids them by hand). Wrapping the
 * kernel to transpose first gives the same numbers, and every layer's gradient gets the fast path.
 */
import * as tf from '@tensorflow/tfjs';

type KernelConfig = NonNullable<ReturnType<typeof tf.getKernel>>;
type TensorInfo = NonNullable<Parameters<KernelConfig['kernelFunc']>[0]['inputs'][string]>;

/** Whether the wasm BatchMatMul kernel is already wrapped (it must be wrapped once only). */
let wrapped = false;

/**
 * Replace the wasm backend's BatchMatMul by one that transposes its operands explicitly instead of passing the
 * transpose flags. Call after the wasm backend is initialised; returns false (and does nothing) on other backends
 * or when already done. The temporary transposes are freed inside the kernel: no tensor is added.
 */
export function useFastWasmMatMul(): boolean {
  if (wrapped || tf.getBackend() !== 'wasm') return false;
  const original = tf.getKernel('BatchMatMul', 'wasm');
  const transpose = tf.getKernel('Transpose', 'wasm');
  if (!original || !transpose) return false;
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({
    ...original,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { transposeA, transposeB } = (attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean };
      if (!transposeA && !transposeB) return original.kernelFunc({ inputs, backend, attrs });
      const temps: TensorInfo[] = [];
      const swapLast = (x: TensorInfo): TensorInfo => {
        const rank = x.shape.length;
        const perm = [...Array(rank - 2).keys(), rank - 1, rank - 2];
        const out = transpose.kernelFunc({ inputs: { x }, backend, attrs: { perm } }) as TensorInfo;
        temps.push(out);
        return out;
      };
      try {
        const a = inputs.a as TensorInfo;
        const b = inputs.b as TensorInfo;
        const left = transposeA ? swapLast(a) : a;
        const right = transposeB ? swapLast(b) : b;
        return original.kernelFunc({ inputs: { a: left, b: right }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } });
      } finally {
        for (const t of temps) (backend as { disposeData(id: object): void }).disposeData(t.dataId);
      }
    },
  });
  wrapped = true;
  return true;
}
