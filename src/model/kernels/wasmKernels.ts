/**
 * Hand-written SIMD WebAssembly kernels (kernels.wat) that work in place on tfjs-backend-wasm's memory: the tensors'
 * buffers are addressed directly, nothing is copied.
 * - adam: Adam's update as one loop per variable, instead of ~13 tfjs kernels (each a full pass over the values, `sqrt`
 *   in a scalar loop): 0.24 ms instead of ~1.8 ms for the 401,408 weights of a 784×512 layer.
 * - transpose: a tiled 2-D transpose, for the gradients' transposes (0.04 ms on 128×784, where tfjs-backend-wasm's takes 0.35 ms: npm run bench -- --step).
 */
import * as tf from '@tensorflow/tfjs';
import { KERNELS_WASM_PLAIN, KERNELS_WASM_SHARED } from './kernelsWasm.ts';

/** adam(g, m, v, w, out, n, β₁, β₂, ε, α, decay): byte addresses in the backend's memory, n values. */
export type AdamKernel = (g: number, m: number, v: number, w: number, out: number, n: number, beta1: number, beta2: number, epsilon: number, alpha: number, decay: number) => void;

/** transpose(in, out, rows, cols): `out` (cols × rows) ← `in` (rows × cols), byte addresses, float32, row-major. */
export type TransposeKernel = (input: number, output: number, rows: number, cols: number) => void;

/** The kernels of one module instance, bound to the backend's memory. */
export interface WasmKernels {
  adam: AdamKernel;
  transpose: TransposeKernel;
}

/** What the kernels need of tfjs-backend-wasm's backend object (its emscripten module). */
interface WasmBackendLike {
  wasm?: { asm?: { memory?: unknown }; wasmMemory?: unknown; wasmExports?: { memory?: unknown } };
}

const instances = new WeakMap<WebAssembly.Memory, WasmKernels>();

let enabled = true;
/**
 * Turn our kernels off (true: on again, the default): wasmKernels() then returns null and every caller takes its tfjs
 * path. For the benchmark's with/without comparison and the tests of those paths.
 */
export function setOwnKernelsEnabled(on: boolean): void {
  enabled = on;
}

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The WebAssembly.Memory of the running wasm backend, or null (another backend, or a build that hides it). */
function backendMemory(): WebAssembly.Memory | null {
  if (tf.getBackend() !== 'wasm') return null;
  const wasm = (tf.backend() as unknown as WasmBackendLike).wasm;
  // the single-thread builds export their memory (asm.memory); the threaded build creates it in JavaScript (wasmMemory)
  for (const candidate of [wasm?.asm?.memory, wasm?.wasmMemory, wasm?.wasmExports?.memory]) {
    if (candidate instanceof WebAssembly.Memory) return candidate;
  }
  return null;
}

/**
 * The kernels bound to the running wasm backend's memory, or null when they cannot be had (not on wasm, memory not
 * reachable, or the engine refuses the module): callers then use tfjs kernels.
 */
export function wasmKernels(): WasmKernels | null {
  if (!enabled) return null;
  const memory = backendMemory();
  if (!memory) return null;
  const known = instances.get(memory);
  if (known) return known;
  try {
    const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
    // under 1 KB: synchronous compilation is allowed on any thread
    const module = new WebAssembly.Module(decode(shared ? KERNELS_WASM_SHARED : KERNELS_WASM_PLAIN));
    const exports = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as WasmKernels;
    const kernels: WasmKernels = { adam: exports.adam, transpose: exports.transpose };
    instances.set(memory, kernels);
    return kernels;
  } catch {
    return null;
  }
}

/** The tfjs-backend-wasm heap accessors its own kernels use. */
export interface WasmHeap {
  typedArrayFromHeap(t: tf.TensorInfo): Float32Array;
  makeOutput(shape: number[], dtype: 'float32'): tf.TensorInfo;
}

/**
 * xᵀ for a 2-D float32 tensor: the transpose kernel on the wasm backend, tf.transpose elsewhere. The result is a new
 * tensor tracked like any tfjs result (tf.tidy disposes it).
 */
export function transpose2d(x: tf.Tensor2D): tf.Tensor2D {
  const kernels = x.dtype === 'float32' ? wasmKernels() : null;
  if (!kernels) return tf.transpose(x);
  const heap = tf.backend() as unknown as WasmHeap;
  const [rows, cols] = x.shape;
  const info = heap.makeOutput([cols, rows], 'float32'); // may grow the heap: take the addresses after it
  kernels.transpose(heap.typedArrayFromHeap(x).byteOffset, heap.typedArrayFromHeap(info).byteOffset, rows, cols);
  return tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor2D;
}
