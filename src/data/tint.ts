/** Grey-scale images as colour: ink of a given RGB colour on white paper (the print strip and the e2e test folder). */

/** Tints with clearly different hues (Okabe–Ito vermillion, blue, bluish green, orange, reddish purple). */
export const TINTS: readonly (readonly [number, number, number])[] = [
  [0.84, 0.37, 0.0],
  [0.0, 0.45, 0.7],
  [0.0, 0.62, 0.45],
  [0.9, 0.62, 0.0],
  [0.8, 0.47, 0.65],
];

/**
 * side·side grey intensities in [0, 1] from `offset` (1 = ink) → side·side·3 RGB in [0, 1]: white where the intensity
 * is 0, the tint where it is 1 (c = 1 − v·(1 − tint)).
 */
export function tintGrey(grey: ArrayLike<number>, pixels: number, tint: readonly [number, number, number], offset = 0): Float32Array {
  const out = new Float32Array(pixels * 3);
  for (let p = 0; p < pixels; p++) {
    const raw = grey[offset + p];
    const v = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    for (let c = 0; c < 3; c++) out[p * 3 + c] = 1 - v * (1 - tint[c]);
  }
  return out;
}
