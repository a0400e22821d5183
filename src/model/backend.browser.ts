/**
 * Browser backend choice (page or worker): WebGL when it is hardware-accelerated, WASM (single-thread SIMD)
 * when the WebGL renderer is software (SwiftShader, llvmpipe: ~2× slower than WASM here), CPU as last resort.
 * Browser-only: the .wasm binaries come from Vite `?url` imports.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerProbe } from '../probes.ts';

// the page's live tensors, read by the lifecycle and soak tests through window.__deck.probes()
registerProbe('tensors', () => tf.memory().numTensors);

/** The backend tfjs runs on, as reported to the UI. */
export interface BackendInfo {
  name: 'webgl' | 'wasm' | 'cpu';
  /** The WebGL renderer string when WebGL could be probed (e.g. "ANGLE (Google, Vulkan … SwiftShader …)"). */
  renderer: string | null;
  /** True when that renderer is a software rasteriser. */
  software: boolean;
  /** Why this backend was chosen (short English sentence). */
  reason: string;
}

/** Options of initBackend (only the first call's options count: one init per page). */
export interface BackendOptions {
  /** Backend to try first. Default: WebGL if hardware-accelerated, else WASM. */
  prefer?: 'webgl' | 'wasm' | 'cpu';
  /** Allow WebGL at all. Default true. */
  allowWebgl?: boolean;
}

/** The WebGL renderer string (unmasked when possible), or null without WebGL. */
export function probeWebglRenderer(): string | null {
  try {
    const canvas: HTMLCanvasElement | OffscreenCanvas =
      typeof document !== 'undefined' ? document.createElement('canvas') : new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return null;
  }
}

/** True for software rasterisers (SwiftShader, llvmpipe, softpipe, Microsoft Basic Render). */
export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

let wasmConfigured = false;
function configureWasm(): void {
  if (wasmConfigured) return;
  wasmConfigured = true;
  // single-thread SIMD: threads need COOP/COEP headers and break in minified builds (tfjs #4253, #4539)
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  });
}

async function trySet(name: BackendInfo['name']): Promise<boolean> {
  try {
    if (name === 'wasm') configureWasm();
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

async function choose(opts: BackendOptions): Promise<BackendInfo> {
  const allowWebgl = opts.allowWebgl ?? true;
  const renderer = allowWebgl ? probeWebglRenderer() : null;
  const software = isSoftwareRenderer(renderer);
  const order: Array<[BackendInfo['name'], string]> = [];
  if (opts.prefer === 'cpu') order.push(['cpu', 'CPU backend requested']);
  if (opts.prefer === 'wasm') order.push(['wasm', 'WASM backend requested']);
  if (allowWebgl && renderer && opts.prefer === 'webgl') order.push(['webgl', 'WebGL backend requested']);
  if (allowWebgl && renderer && !software) order.push(['webgl', `hardware WebGL (${renderer})`]);
  order.push(['wasm', renderer ? `software WebGL renderer (${renderer}): WASM is faster` : 'no WebGL: WASM']);
  if (allowWebgl && renderer) order.push(['webgl', 'WASM failed to start: software WebGL']);
  order.push(['cpu', 'WebGL and WASM unavailable: plain JavaScript CPU backend (slow)']);
  for (const [name, reason] of order) {
    if (await trySet(name)) return { name, renderer, software, reason };
  }
  throw new Error('no tfjs backend could be initialised (webgl, wasm, cpu all failed)');
}

/** Switch to one named backend (for benchmarks); resolves false if it cannot start. */
export function useBackend(name: BackendInfo['name']): Promise<boolean> {
  return trySet(name);
}

let chosen: Promise<BackendInfo> | null = null;

/** Pick and initialise the tfjs backend once per page (later calls return the first result). */
export function initBackend(opts: BackendOptions = {}): Promise<BackendInfo> {
  chosen ??= choose(opts);
  return chosen;
}
