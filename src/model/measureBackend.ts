/** Timing the live model's training on the current tfjs backend (the backend probe's measurement; Node tests run it too). */
import { Trainer } from './trainer.ts';
import { LIVE_DEFAULTS, type TrainerOptions } from './trainerTypes.ts';
import type { MnistSplit } from '../data/mnist.ts';

/** How long a measurement trains: `warmup` steps first (shader compiles, first allocations), then `steps` timed steps. */
export interface MeasureOptions {
  warmup?: number;
  steps?: number;
}

/**
 * Build the live model with `options` on the current backend, train `warmup` steps, time `steps` more, and return the
 * samples per second of the timed part. Every tensor it made is freed, whatever happens.
 */
export async function measureTraining(data: MnistSplit, options: TrainerOptions, { warmup = 3, steps = 20 }: MeasureOptions = {}): Promise<number> {
  const trainer = new Trainer(data, options);
  try {
    await trainer.step(warmup);
    // reading the weights back waits for every queued kernel (a GPU backend runs them later): the timed part starts
    // with nothing pending and ends when its own work is done
    await trainer.readWeights();
    const start = performance.now();
    await trainer.step(steps);
    await trainer.readWeights();
    const seconds = (performance.now() - start) / 1000;
    return (steps * (options.batchSize ?? LIVE_DEFAULTS.batchSize)) / seconds;
  } finally {
    await trainer.dispose();
  }
}
