/**
 * Exercise checks for the notebook: each prints one French line, ✔ (U+2714) when the answer fits, ✘ (U+2718) with
 * the reason otherwise (text symbols: no emoji font needed).
 */

/** Shape of a tensor or symbolic tensor, as tfjs reports it (null = any batch size). */
type Shape = ReadonlyArray<number | null>;

/** Throw a French message unless `actual` equals `expected` (null, any batch size, matches null only; printed « lot »). */
export function expectShape(name: string, actual: Shape, expected: Shape): void {
  const same = actual.length === expected.length && actual.every((v, i) => v === expected[i]);
  const text = (shape: Shape) => `[${shape.map((v) => v ?? 'lot').join(', ')}]`;
  if (!same) throw new Error(`${name} a la forme ${text(actual)}, attendu ${text(expected)}`);
}

/** Throw a French message unless |actual − expected| ≤ tolerance (NaN and ∞ always fail). */
export function expectClose(name: string, actual: number, expected: number, tolerance: number): void {
  if (!Number.isFinite(actual)) throw new Error(`${name} vaut ${actual}, attendu un nombre fini proche de ${expected}`);
  if (Math.abs(actual - expected) > tolerance) {
    throw new Error(`${name} vaut ${formatFr(actual)}, attendu ${formatFr(expected)} (à ${formatFr(tolerance)} près)`);
  }
}

/** Throw `message` unless `condition` holds. */
export function expectTrue(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A number written the French way, up to 4 decimals. */
function formatFr(v: number): string {
  return v.toLocaleString('fr-FR', { maximumFractionDigits: 4 });
}

/**
 * Run the assertions of one exercise and print « ✔ title : success » or « ✘ title : reason ». A failure never
 * throws, so the student reads the reason instead of a stack trace; nothing is returned, so the cell shows no
 * « Out[n] » value. The assertions should free their tensors in a `finally` (or `tf.tidy`): a failed check leaks nothing.
 */
export async function check(title: string, success: string, assertions: () => void | Promise<void>): Promise<void> {
  try {
    await assertions();
    console.log(`\u2714 ${title}\u00a0: ${success}`);
  } catch (err) {
    const reason = err instanceof ReferenceError
      ? `${err.message.replace(/ is not defined$/, '')} n’existe pas encore\u00a0: la cellule de l’exercice doit d’abord tourner sans erreur`
      : err instanceof Error ? err.message : String(err);
    console.log(`\u2718 ${title}\u00a0: ${reason}`);
  }
}
