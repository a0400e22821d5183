/** The live demo as the slides run it: a TrainingSession (Web Worker) with its defaults, played for a fixed time. */
import { TrainingSession } from '../live/trainingSession.ts';
import { spawnTrainingWorker } from '../worker/trainingClient.ts';

/** Held-out −ELBO over wall time while playing. */
export interface LiveDemoResult {
  backend: string;
  seconds: number;
  /** Held-out −ELBO (1 z sample) of the last snapshot within the time budget. */
  neg_elbo_at_end: number;
  /** Seconds of play until a snapshot showed held-out −ELBO < 180 (null if never). */
  seconds_to_180: number | null;
  steps: number;
  trace: Array<{ t: number; step: number; negElbo: number }>;
}

/** Play the default live model for `seconds` and record its held-out snapshots. */
export async function benchLiveDemo(seconds: number, log: (s: string) => void): Promise<LiveDemoResult> {
  const session = new TrainingSession({ openWorker: spawnTrainingWorker, dataUrl: new URL('data/mnist-10k.bin', document.baseURI).href });
  await session.connect();
  const backend = session.view.backend?.name ?? '?';
  const trace: LiveDemoResult['trace'] = [];
  let t0 = 0;
  session.subscribe((view, change) => {
    const s = view.snapshot;
    if (change !== 'snapshot' || !s) return;
    const t = (performance.now() - t0) / 1000;
    trace.push({ t, step: s.step, negElbo: s.heldOutNegElbo });
    log(`live demo (${backend}): ${t.toFixed(1)} s, step ${s.step}, held-out −ELBO ${s.heldOutNegElbo.toFixed(1)}`);
  });
  t0 = performance.now();
  session.play();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await session.pause();
  const inTime = trace.filter((p) => p.t <= seconds);
  const hit = inTime.find((p) => p.negElbo < 180);
  const result = {
    backend,
    seconds,
    neg_elbo_at_end: inTime.length ? inTime[inTime.length - 1].negElbo : NaN,
    seconds_to_180: hit ? hit.t : null,
    steps: inTime.length ? inTime[inTime.length - 1].step : 0,
    trace,
  };
  session.dispose();
  return result;
}
