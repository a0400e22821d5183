/** The own-images slide on paper: a strip of held-out images of the current data set, tinted in colour (the kind of input the slide trains on). */
import type { Scope } from '../deck/types.ts';
import { RgbGrid } from '../charts/rgbGrid.ts';
import { DIGIT_PIXELS, DIGIT_SIDE } from '../charts/digitGrid.ts';
import { TINTS, tintGrey } from '../data/tint.ts';

/** Images in the strip. */
const STRIP = 10;

/** Draw STRIP tinted held-out images into `host` (left as its text alone if the images cannot load). */
export async function drawPrintStrip(host: HTMLElement, scope: Scope): Promise<void> {
  const set = await scope.services.pretrained.heldOutDigits().catch(() => null);
  if (!set || scope.disposed) return;
  const k = Math.min(STRIP, set.count);
  const step = Math.max(1, Math.floor(set.count / k));
  const rgb = new Float32Array(k * DIGIT_PIXELS * 3);
  for (let i = 0; i < k; i++) rgb.set(tintGrey(set.images, DIGIT_PIXELS, TINTS[i % TINTS.length], i * step * DIGIT_PIXELS), i * DIGIT_PIXELS * 3);
  scope.own(new RgbGrid(host, { size: DIGIT_SIDE, cellSize: 64, ariaLabel: host.getAttribute('aria-label') ?? '' })).update(rgb);
}
