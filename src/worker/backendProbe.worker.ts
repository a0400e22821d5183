/// <reference lib="webworker" />
/** The backend probe's entry (src/worker/backendProbe.ts): start one backend, time the live model on it, answer once. */
import { useBackend } from '../model/backend.browser.ts';
import { registerWebgpu } from '../model/webgpu.browser.ts';
import { loadMnistBrowser } from '../data/mnist.browser.ts';
import { measureTraining } from '../model/measureBackend.ts';
import type { ProbeRequest, ProbeResult } from './backendProbe.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (ev: MessageEvent<ProbeRequest>) => {
  const { backend, dataUrl, options } = ev.data;
  const answer = (result: ProbeResult): void => scope.postMessage(result);
  try {
    if ((backend === 'webgpu' && !(await registerWebgpu())) || !(await useBackend(backend))) return answer({ backend, samplesPerSec: null, error: `${backend} did not start` });
    answer({ backend, samplesPerSec: await measureTraining(await loadMnistBrowser(dataUrl), options) });
  } catch (err) {
    answer({ backend, samplesPerSec: null, error: err instanceof Error ? err.message : String(err) });
  }
};
