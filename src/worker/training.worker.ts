/// <reference lib="webworker" />
/** The training worker's entry: serves the training protocol (trainerHost.ts) with the browser's backend and loader. */
import { initBackend, wasmThreadsWanted } from '../model/backend.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import type { FromWorker, Port, ToWorker } from './protocol.ts';
import { serveTrainer } from './trainerHost.ts';
import { contextLostMessage, fallbackAfterContextLoss, onWebglContextLost } from './webglRecovery.ts';

const port: Port<ToWorker, FromWorker> = self as unknown as DedicatedWorkerGlobalScope;
serveTrainer(port, {
  // the only caller that asks for XNNPACK threads (from 4 cores up, see wasmThreadsWanted)
  startBackend: (prefer) => initBackend({ ...(prefer ? { prefer } : {}), wasmThreads: wasmThreadsWanted() }),
  loadData: (url) => loadMnistBrowser(url),
  watchContextLoss: (onLost) => void onWebglContextLost(onLost),
  fallbackBackend: fallbackAfterContextLoss,
  contextLostMessage,
});
