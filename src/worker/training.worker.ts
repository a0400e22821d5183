/// <reference lib="webworker" />
/**
 * The training worker's entry: serves the training protocol (trainerHost.ts) with the browser's backend and loader.
 * Training starts on WASM at once; when the machine has a hardware WebGL renderer, WebGL is timed in a probe worker of
 * its own once training runs, and training moves to it if it is faster (the backend badge says what was measured).
 */
import { initBackend, useBackend, wasmThreadsLabel, wasmThreadsWanted, type BackendInfo } from '../model/backend.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { FromWorker, Port, ToWorker } from './protocol.ts';
import { serveTrainer } from './trainerHost.ts';
import { probeBackend } from './backendProbe.ts';
import { contextLostMessage, fallbackAfterContextLoss, onWebglContextLost } from './webglRecovery.ts';

/**
 * Why training starts on WASM when the page did not force a backend. A software WebGL renderer is not measured: it
 * trained at 530–710 samples/s against 5,000–8,800 on WASM on the 2-core test machine (npm run bench), and compiling
 * its shaders takes ~9 s of the CPU the training needs.
 */
function startReason(b: BackendInfo): string {
  const threads = wasmThreadsLabel();
  if (b.name !== 'wasm') return b.reason;
  if (b.renderer === null) return `no WebGL: WASM (${threads})`;
  if (b.software) return `software WebGL renderer (${b.renderer}), not measured: WASM (${threads})`;
  return `WASM first (${threads}); hardware WebGL (${b.renderer}) is measured once training runs`;
}

const port: Port<ToWorker, FromWorker> = self as unknown as DedicatedWorkerGlobalScope;
serveTrainer(port, {
  // the only caller that asks for XNNPACK threads (from 4 cores up, see wasmThreadsWanted)
  startBackend: async (prefer) => {
    const info = await initBackend({ prefer: prefer ?? 'wasm', wasmThreads: wasmThreadsWanted() });
    return prefer ? info : { ...info, reason: startReason(info) };
  },
  loadData: (url) => loadMnistBrowser(url),
  watchContextLoss: (onLost) => void onWebglContextLost(onLost),
  fallbackBackend: fallbackAfterContextLoss,
  contextLostMessage,
  measureAlternative: async (current, ctx) => {
    if (current.name !== 'wasm' || current.renderer === null || current.software) return null;
    return { name: 'webgl', samplesPerSec: await probeBackend({ backend: 'webgl', ...ctx }) };
  },
  switchBackend: (name) => useBackend(name),
});
