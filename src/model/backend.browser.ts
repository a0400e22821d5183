/**
 * Browser backend choice (page or worker): WebGL when it is hardware-accelerated, WASM (SIMD; multi-threaded
 * when the page is cross-origin isolated, see wasmThreadsWanted) when the WebGL renderer is software (SwiftShader, llvmpipe: ~2× slower than WASM here), CPU as last resort.
 * WebGPU only when asked for by name (`?backend=webgpu`, the training worker's probe and its move after measuring, the
 * bench), once the caller has registered it (registerWebgpu in webgpu.browser.ts: its 460 KB chunk ships only with the
 * workers that can use it).
 * Browser-only: the .wasm binaries come from Vite `?url` imports.
 */
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { registerProbe } from '../probes.ts';
import { probeWebgpuAdapter, type WebgpuAdapter } from './webgpu.browser.ts';
import { patchThreadedFactorySource } from './wasmThreadedSource.ts';

// the page's live tensors, read by the lifecycle and soak tests through window.__deck.probes()
registerProbe('tensors', () => tf.memory().numTensors);

/** The backend tfjs runs on, as reported to the UI. */
export interface BackendInfo {
  name: 'webgl' | 'webgpu' | 'wasm' | 'cpu';
  /** The WebGL renderer string when WebGL could be probed (e.g. "ANGLE (Google, Vulkan … SwiftShader …)"). */
  renderer: string | null;
  /** True when that renderer is a software rasteriser. */
  software: boolean;
  /** Why this backend was chosen (short English sentence). */
  reason: string;
  /** The WebGPU adapter, when it was looked for (the training worker, a forced WebGPU); null: the browser has none. Its `fallback` qualifies WebGPU as `software` qualifies WebGL. */
  adapter?: WebgpuAdapter | null;
}

/** Options of initBackend (only the first call's options count: one init per page). */
export interface BackendOptions {
  /** Backend to try first. Default: WebGL if hardware-accelerated, else WASM. */
  prefer?: BackendInfo['name'];
  /** Allow WebGL at all. Default true. */
  allowWebgl?: boolean;
  /**
   * XNNPACK threads for the WASM backend. Default 1: the page and the own-images worker stay on one thread; the
   * training worker asks for wasmThreadsWanted() (the only caller whose threads were measured).
   */
  wasmThreads?: number;
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

/**
 * XNNPACK threads to ask for: with cross-origin isolation (COOP/COEP headers, hence SharedArrayBuffer), one per two
 * logical cores from 4 cores up (2 to 4 threads), leaving the other cores to the page's drawing and to the rest of the
 * machine; 1 (the single-thread SIMD build) below 4 cores or without isolation.
 * Measured 2026-12-01 on the idle 2-core machine (npm run bench): 2 threads trained at 6,760–8,010 samples/s against
 * 5,100 on one, and the demo reached −ELBO < 180 in 2.7 s instead of 3.2–3.8 s, frames still at 16.7 ms (p95); but on
 * the same 2 cores under load (load average ≈ 7) they fell to 1,308 samples/s against 2,934–4,475 on one thread
 * (XNNPACK's threads wait on each other when no core is free). A 2-core laptop therefore keeps one thread.
 */
export function wasmThreadsWanted(): number {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true && typeof SharedArrayBuffer !== 'undefined';
  if (!isolated) return 1;
  if (threadsOverride !== null) return threadsOverride;
  const cores = globalThis.navigator?.hardwareConcurrency || 1;
  return cores >= 4 ? Math.min(4, Math.floor(cores / 2)) : 1;
}

let threadsOverride: number | null = null;
/** Benchmarks only (bench.html?threads=n): ask for n XNNPACK threads whatever the core count says; before the backend starts. */
export function overrideWasmThreads(n: number): void {
  if (!(Number.isInteger(n) && n >= 1 && n <= 16)) throw new Error(`threads must be an integer from 1 to 16, got ${n}`);
  threadsOverride = n;
}

let wasmConfigured = false;
function configureWasm(threads: number): void {
  if (threads > 1) {
    patchThreadedFactorySource();
    setThreadsCount(threads);
  } else tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (wasmConfigured) return;
  wasmConfigured = true;
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  });
}

/** "1 thread", "2 threads": the running WASM backend's threads, as the backend badge's reason says them. */
export function wasmThreadsLabel(): string {
  const n = wasmThreads();
  return `${n} thread${n > 1 ? 's' : ''}`;
}

/** Threads of the running WASM backend (1 when single-threaded or not started). */
export function wasmThreads(): number {
  try {
    return getThreadsCount();
  } catch {
    return 1;
  }
}

/** Switch tfjs to `name`; on failure, back to the backend it was on (a failed setBackend leaves tfjs with none). */
async function setNamed(name: BackendInfo['name']): Promise<boolean> {
  const previous = tf.findBackend(tf.getBackend()) ? tf.getBackend() : null;
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    if (ok && tf.getBackend() === name) return true;
  } catch {
    // reported below
  }
  if (previous && previous !== name) await tf.setBackend(previous).catch(() => false);
  return false;
}

/**
 * The threaded binary caps its pool at emscripten_num_logical_cores() / 2 = navigator.hardwareConcurrency / 2
 * (tfjs-backend-wasm backend.cc, read once while the module starts), whatever setThreadsCount asked: ONE thread
 * on a 2-core laptop. While the backend starts we report twice the threads wanted, so the cap lets them through.
 */
async function withCoreCountFor<T>(threads: number, start: () => Promise<T>): Promise<T> {
  const nav = globalThis.navigator as Navigator | undefined;
  if (threads <= 1 || !nav) return start();
  Object.defineProperty(nav, 'hardwareConcurrency', { value: 2 * threads, configurable: true });
  try {
    return await start();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency; // back to the prototype's getter
  }
}

async function trySet(name: BackendInfo['name'], threads: number): Promise<boolean> {
  if (name !== 'wasm') return setNamed(name);
  configureWasm(threads);
  if (await withCoreCountFor(threads, () => setNamed('wasm'))) return true;
  if (threads === 1) return false;
  // the threaded build failed to start (a CSP or host that blocks its blob workers): single-thread SIMD instead
  configureWasm(1);
  return setNamed('wasm');
}

async function choose(opts: BackendOptions): Promise<BackendInfo> {
  const allowWebgl = opts.allowWebgl ?? true;
  const threads = opts.wasmThreads ?? 1;
  const renderer = allowWebgl ? probeWebglRenderer() : null;
  const software = isSoftwareRenderer(renderer);
  const order: Array<[BackendInfo['name'], string]> = [];
  const adapter = opts.prefer === 'webgpu' ? await probeWebgpuAdapter() : undefined;
  if (adapter) order.push(['webgpu', `WebGPU backend requested (${adapter.name}${adapter.fallback ? ', software adapter' : ''})`]);
  if (opts.prefer === 'cpu') order.push(['cpu', 'CPU backend requested']);
  if (opts.prefer === 'wasm') order.push(['wasm', 'WASM backend requested']);
  if (allowWebgl && renderer && opts.prefer === 'webgl') order.push(['webgl', 'WebGL backend requested']);
  if (allowWebgl && renderer && !software) order.push(['webgl', `hardware WebGL (${renderer})`]);
  order.push(['wasm', renderer ? `software WebGL renderer (${renderer}): WASM is faster` : 'no WebGL: WASM']);
  if (allowWebgl && renderer) order.push(['webgl', 'WASM failed to start: software WebGL']);
  order.push(['cpu', 'WebGL and WASM unavailable: plain JavaScript CPU backend (slow)']);
  for (const [name, reason] of order) {
    if (await trySet(name, threads)) {
      const why = name === 'wasm' ? `${reason} (${wasmThreadsLabel()})` : reason;
      if (opts.prefer !== 'webgpu') return { name, renderer, software, reason: why };
      if (name === 'webgpu') return { name, renderer, software, reason: why, adapter };
      return { name, renderer, software, reason: `WebGPU requested but ${adapter ? 'it did not start' : 'this browser has no WebGPU adapter'}: ${why}`, adapter: adapter ?? null };
    }
  }
  throw new Error('no tfjs backend could be initialised (webgl, wasm, cpu all failed)');
}

/** Switch to one named backend (for benchmarks: WASM with the training worker's threads); false if it cannot start. */
export function useBackend(name: BackendInfo['name']): Promise<boolean> {
  return trySet(name, wasmThreadsWanted());
}

let chosen: Promise<BackendInfo> | null = null;

/** Pick and initialise the tfjs backend once per page (later calls return the first result). */
export function initBackend(opts: BackendOptions = {}): Promise<BackendInfo> {
  chosen ??= choose(opts);
  return chosen;
}
