/**
 * Work-around for tfjs issues #4253 / #4539 (the threaded WASM build breaks once minified): tfjs-backend-wasm
 * starts its pthread workers from `threadedFactory.toString()`, and in a minified bundle that function refers to
 * variables of the bundle's scope which the worker does not have ("e is not defined"). We give the factory a
 * toString that returns the original emscripten file wrapped so that it evaluates to the factory, self-contained.
 */
import * as threadedImport from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js';
import threadedSource from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?raw';

let patched = false;

/** Make the threaded factory's source text self-contained (idempotent; call before the wasm backend starts). */
export function patchThreadedFactorySource(): void {
  if (patched) return;
  patched = true;
  const mod = threadedImport as unknown as { default?: object };
  const factory = (mod.default ?? mod) as object;
  // tfjs writes `var WasmBackendModuleThreadedSimd = ` + factory.toString() into the workers' script
  const source = `(function () {\n${threadedSource}\nreturn WasmBackendModuleThreadedSimd;\n})()`;
  Object.defineProperty(factory, 'toString', { value: () => source, configurable: true });
}
