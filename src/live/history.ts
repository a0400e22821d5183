/** How the page keeps a lesson's worth of metrics: every report, thinned once there are too many. */

/** Most metrics events the session keeps (≈ 40,000 steps at full resolution; an hour of training fits, thinned). */
export const HISTORY_CAP = 4096;

/**
 * Keep `history` within `cap` entries for a lesson of any length: once over, every other entry of the older part
 * goes (the newest cap/2 stay at full resolution), so the curve keeps its shape with fewer points where it is
 * oldest. The first and last entries always stay; order is kept. Mutates and returns `history`.
 */
export function thinHistory<T>(history: T[], cap: number = HISTORY_CAP): T[] {
  if (history.length <= cap) return history;
  const recent = Math.floor(cap / 2);
  const older = history.length - recent;
  let w = 1; // entry 0 stays
  for (let r = 2; r < older; r += 2) history[w++] = history[r];
  for (let r = older; r < history.length; r++) history[w++] = history[r];
  history.length = w;
  return history;
}
