/**
 * Measuring another backend while the training goes on: a short-lived worker of its own (a tfjs backend is one per
 * thread) trains the live model a few steps on it and reports samples per second (src/worker/backendProbe.worker.ts).
 * The training worker starts it and compares (src/worker/trainerHost.ts, `measureAlternative`).
 */
import type { TrainerOptions } from '../model/trainerTypes.ts';
import type { BackendChoice } from './protocol.ts';

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
