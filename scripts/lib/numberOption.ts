/** Numbers from node:util parseArgs string options, with clear errors. */

/** The number in option `--name` (a string from parseArgs), or `fallback` when absent; throws on a non-number. */
export function numberOption(values: Record<string, unknown>, name: string, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new Error(`--${name} expects a number, got ${JSON.stringify(v)}`);
  return n;
}
