/// <reference lib="webworker" />
/**
 * The training worker's entry: serves the training protocol (trainerHost.ts) with the browser's backend and loader.
 * Training starts on WASM at once; when the machine has a hardware GPU (a WebGPU adapter, a WebGL renderer), each GPU
 * backend is timed in a probe worker of its own once training runs, and training moves to the fastest if it beats WASM
 * (the backend badge says what was measured).
 */
import { initBackend, useBackend, wasmThreadsLabel, wasmThreadsWanted, type BackendInfo } from '../model/backend.browser.ts';
import { probeWebgpuAdapter, registerWebgpu } from '../model/webgpu.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { FromWorker, Port, ToWorker } from './protocol.ts';
import { serveTrainer, type Measured } from './trainerHost.ts';
import { gpusWorthMeasuring, probeBackend, startReason, type ProbeRequest } from './backendProbe.ts';
import { contextLostMessage, fallbackAfterContextLoss, onGpuLost } from './gpuRecovery.ts';

/** Each hardware GPU backend, timed one after the other (two probes at once would share the GPU and the cores). */
async function measureGpus(current: BackendInfo, ctx: Omit<ProbeRequest, 'backend'>): Promise<Measured[]> {
  const out: Measured[] = [];
  for (const backend of gpusWorthMeasuring(current)) out.push({ name: backend, samplesPerSec: await probeBackend({ backend, ...ctx }) });
  return out;
}

const port: Port<ToWorker, FromWorker> = self as unknown as DedicatedWorkerGlobalScope;
serveTrainer(port, {
  // the only caller that asks for XNNPACK threads (from 4 cores up, see wasmThreadsWanted)
  startBackend: async (prefer) => {
    if (prefer === 'webgpu') await registerWebgpu(); // not fetched: initBackend says WebGPU did not start and falls back
    // the adapter is looked for while WASM starts, not after
    const [info, adapter] = await Promise.all([initBackend({ prefer: prefer ?? 'wasm', wasmThreads: wasmThreadsWanted() }), prefer ? null : probeWebgpuAdapter()]);
    if (prefer) return info;
    const withAdapter = { ...info, adapter };
    return { ...withAdapter, reason: startReason(withAdapter, wasmThreadsLabel()) };
  },
  loadData: (url) => loadMnistBrowser(url),
  watchContextLoss: (onLost) => void onGpuLost(onLost),
  fallbackBackend: fallbackAfterContextLoss,
  contextLostMessage,
  measureAlternatives: measureGpus,
  switchBackend: async (name) => (name !== 'webgpu' || (await registerWebgpu())) && useBackend(name),
});
