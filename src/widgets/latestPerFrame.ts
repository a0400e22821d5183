/** Coalesce a stream of requests (pointer moves, slider drags) into at most one job per animation frame. */
import type { Scope } from '../deck/types.ts';

/** Run one job, report its failure unless the slide is gone, then call `done` (both coalescers share this). */
function runJob<T>(scope: Scope, name: string, work: (req: T) => Promise<void> | void, req: T, done: () => void): void {
  Promise.resolve()
    .then(() => work(req))
    .catch((err: unknown) => {
      if (!scope.disposed) console.error(`${name} job failed`, err);
    })
    .finally(done);
}

/**
 * A function that queues `req`; the latest queued request runs `work` in the next animation frame, never two
 * jobs at once (an async job blocks the next one until it settles). Older queued requests are dropped.
 */
export function latestPerFrame<T>(scope: Scope, work: (req: T) => Promise<void> | void): (req: T) => void {
  let queued: { req: T } | null = null;
  let busy = false;
  let scheduled = false;
  const pump = (): void => {
    if (busy || scheduled || !queued || scope.disposed) return;
    scheduled = true;
    scope.frame(() => {
      scheduled = false;
      const next = queued;
      queued = null;
      if (!next || scope.disposed) return;
      busy = true;
      runJob(scope, 'latestPerFrame', work, next.req, () => {
        busy = false;
        pump();
      });
    });
  };
  return (req: T) => {
    queued = { req };
    pump();
  };
}

/**
 * A function that runs `work` on `req` at once when idle; while a job runs, only the latest request waits and
 * runs when it settles. For sources already limited to one event per frame (LatentScatter picks).
 */
export function latestOnly<T>(scope: Scope, work: (req: T) => Promise<void> | void): (req: T) => void {
  let queued: { req: T } | null = null;
  let busy = false;
  const run = (): void => {
    const next = queued;
    queued = null;
    if (!next || scope.disposed) return;
    busy = true;
    runJob(scope, 'latestOnly', work, next.req, () => {
      busy = false;
      run();
    });
  };
  return (req: T) => {
    queued = { req };
    if (!busy) run();
  };
}
