/** Learning-rate and KL-weight schedules for offline training. */

/** Cosine decay from `start` to `end` over `progress` ∈ [0, 1]. */
export function cosineDecay(start: number, end: number, progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return end + 0.5 * (start - end) * (1 + Math.cos(Math.PI * p));
}

/** Linear KL warm-up: β grows from 0 to `beta` over the first `warmupEpochs` epochs (constant when 0). */
export function klWarmup(beta: number, epoch: number, warmupEpochs: number): number {
  return warmupEpochs > 0 ? beta * Math.min(1, epoch / warmupEpochs) : beta;
}
