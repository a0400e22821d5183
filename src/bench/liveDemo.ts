/** The live demo as the slides run it: TrainingClient (Web Worker) with its defaults, played for a fixed time. */
import { TrainingClient } from '../worker/trainingClient.ts';

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
  const client = await TrainingClient.create();
  const trace: LiveDemoResult['trace'] = [];
  let t0 = 0;
  client.onSnapshot((s) => {
    const t = (performance.now() - t0) / 1000;
    trace.push({ t, step: s.step, negElbo: s.heldOutNegElbo });
    log(`live demo (${client.backend.name}): ${t.toFixed(1)} s, step ${s.step}, held-out −ELBO ${s.heldOutNegElbo.toFixed(1)}`);
  });
  t0 = performance.now();
  client.play();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  client.pause();
  const inTime = trace.filter((p) => p.t <= seconds);
  const hit = inTime.find((p) => p.negElbo < 180);
  const result = {
    backend: client.backend.name,
    seconds,
    neg_elbo_at_end: inTime.length ? inTime[inTime.length - 1].negElbo : NaN,
    seconds_to_180: hit ? hit.t : null,
    steps: inTime.length ? inTime[inTime.length - 1].step : 0,
    trace,
  };
  client.dispose();
  return result;
}
