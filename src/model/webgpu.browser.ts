/**
 * WebGPU in the browser: which adapter the machine offers, and tfjs's WebGPU backend, fetched only when it is used
 * (the training worker's probe, a forced `?backend=webgpu`, the bench). Never needed: without WebGPU the deck trains on
 * WASM or WebGL as before.
 */

/** The WebGPU adapter a page or worker would get. */
export interface WebgpuAdapter {
  /** "nvidia ampere", "google swiftshader": vendor and architecture (the description when the browser gives one). */
  name: string;
  /** True for a software adapter (SwiftShader): slower than WASM here, like a software WebGL renderer. */
  fallback: boolean;
}

interface AdapterLike {
  isFallbackAdapter?: boolean;
  info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<AdapterLike | null>;
}

/** Longest wait for an adapter: a broken driver must not hold up the training's start. */
export const ADAPTER_TIMEOUT_MS = 2000;

/**
 * The adapter tfjs would use (high-performance), or null when the browser has no WebGPU, no adapter, or none within
 * `timeoutMs`.
 */
export async function probeWebgpuAdapter(timeoutMs = ADAPTER_TIMEOUT_MS): Promise<WebgpuAdapter | null> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const adapter = await Promise.race([gpu.requestAdapter({ powerPreference: 'high-performance' }), late]);
    if (!adapter) return null;
    const info = adapter.info ?? {};
    const name = info.description || [info.vendor, info.architecture].filter(Boolean).join(' ') || 'unknown adapter';
    // Chrome ≥ 136 moved the flag to adapter.info; older versions have it on the adapter
    const fallback = info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? /swiftshader/i.test(name);
    return { name, fallback };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

let registered: Promise<boolean> | null = null;
/**
 * Register tfjs's WebGPU backend (its own chunk, fetched once), so that tf.setBackend('webgpu') can work; false when
 * the chunk could not be fetched (tried again next time). Only the callers that may run on WebGPU import this.
 */
export function registerWebgpu(): Promise<boolean> {
  registered ??= import('@tensorflow/tfjs-backend-webgpu').then(
    () => true,
    () => {
      registered = null;
      return false;
    },
  );
  return registered;
}
