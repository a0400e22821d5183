/**
 * Measuring another backend while the training goes on: which GPU backends are worth it, and a short-lived worker of
 * its own (a tfjs backend is one per thread) that trains the live model a few steps on one and reports samples per
 * second (src/worker/backendProbe.worker.ts). The training worker starts it and compares (src/worker/trainerHost.ts,
 * `measureAlternatives`).
 */
import type { BackendInfo } from '../model/backend.browser.ts';
import type { TrainerOptions } from '../model/trainerTypes.ts';
import type { BackendChoice } from './protocol.ts';

/**
 * The GPU backends worth timing against WASM, fastest expected first: WebGPU on a hardware adapter, WebGL on a hardware
 * renderer. A software GPU is not measured: SwiftShader's WebGL trained at 530–710 samples/s against 5,000–8,800 on WASM
 * on the 2-core test machine (npm run bench), and compiling its shaders takes ~9 s of the CPU the training needs; its
 * WebGPU adapter did no better (README, "The backend, chosen by measurement").
 */
export function gpusWorthMeasuring(current: BackendInfo): BackendChoice[] {
  if (current.name !== 'wasm') return [];
  const out: BackendChoice[] = [];
  if (current.adapter && !current.adapter.fallback) out.push('webgpu');
  if (current.renderer !== null && !current.software) out.push('webgl');
  return out;
}

/** Why training starts on WASM (on `threads`, "2 threads") when the page did not force a backend, and what will be measured. */
export function startReason(b: BackendInfo, threads: string): string {
  if (b.name !== 'wasm') return b.reason;
  const gpus = gpusWorthMeasuring(b);
  if (gpus.length > 0) {
    const named = gpus.map((g) => (g === 'webgpu' ? `WebGPU (${b.adapter?.name ?? ''})` : `hardware WebGL (${b.renderer ?? ''})`));
    return `WASM first (${threads}); ${named.join(' and ')} ${named.length > 1 ? 'are' : 'is'} measured once training runs`;
  }
  const software = [
    ...(b.adapter ? [`software WebGPU adapter (${b.adapter.name})`] : []),
    ...(b.renderer !== null ? [`software WebGL renderer (${b.renderer})`] : []),
  ];
  return software.length === 0 ? `no WebGL, no WebGPU: WASM (${threads})` : `${software.join(', ')}, not measured: WASM (${threads})`;
}

/** What the probe is asked to time. */
export interface ProbeRequest {
  backend: BackendChoice;
  dataUrl: string;
  options: TrainerOptions;
}

/** Its answer: samples per second, or null with the reason when the backend did not start or failed. */
export interface ProbeResult {
  backend: BackendChoice;
  samplesPerSec: number | null;
  error?: string;
}

/** Longest a measurement may take (a hardware GPU needs a few seconds; a stuck driver must not hold a worker forever). */
export const PROBE_TIMEOUT_MS = 60_000;

/** Time `req.backend` in a worker of its own; resolves to samples per second, or null (no such backend, failure, time-out). */
export function probeBackend(req: ProbeRequest, timeoutMs = PROBE_TIMEOUT_MS): Promise<number | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./backendProbe.worker.ts', import.meta.url), { type: 'module' });
    const done = (value: number | null): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(value);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    worker.onmessage = (ev: MessageEvent<ProbeResult>) => done(ev.data.samplesPerSec);
    worker.onerror = () => done(null);
    worker.postMessage(req);
  });
}
