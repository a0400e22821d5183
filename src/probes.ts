/**
 * Named counters that tests read to prove nothing leaks (tfjs tensors, workers …). Modules that own a
 * resource register a probe; the deck exposes them to the e2e suite via `window.__deck.probes()`.
 */
const probes = new Map<string, () => number>();

/** Register (or replace) a counter. */
export function registerProbe(name: string, read: () => number): void {
  probes.set(name, read);
}

/** Read every registered counter. */
export function readProbes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, read] of probes) out[name] = read();
  return out;
}
