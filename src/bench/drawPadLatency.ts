/**
 * Latency of the drawing pad: pointer move on the pad → the drawing preprocessed, encoded, decoded and the plane,
 * reconstruction and readouts redrawn (DOM updated; paint excluded). Synthetic pointer events trace a digit-like
 * loop on the pad's canvas; each move waits for the view to settle before the next, so every sample is one update.
 */
import type { DrawPad } from '../widgets/drawPad.ts';
import type { DrawingOnPlane } from '../widgets/drawingOnPlane.ts';

/** Percentiles of the pointer-move → redrawn latency in ms. */
export interface DrawLatency {
  samples: number;
  p50_ms: number;
  p95_ms: number;
}

/** Trace `moves` pointer moves (one stroke) on the pad and time each until the view has redrawn. */
export async function measureDrawLatency(pad: DrawPad, view: DrawingOnPlane, moves = 60): Promise<DrawLatency> {
  const canvas = pad.canvas;
  const rect = canvas.getBoundingClientRect();
  const at = (k: number): [number, number] => {
    const a = (2 * Math.PI * k) / Math.max(1, moves);
    return [rect.left + rect.width * (0.5 + 0.3 * Math.sin(a)), rect.top + rect.height * (0.5 - 0.4 * Math.cos(a))];
  };
  const send = (type: string, [x, y]: [number, number]) =>
    canvas.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, pointerType: 'pen', bubbles: true, cancelable: true, button: 0 }));
  send('pointerdown', at(0));
  await view.settled();
  const times: number[] = [];
  for (let k = 1; k <= moves; k++) {
    const t0 = performance.now();
    send('pointermove', at(k));
    await view.settled();
    times.push(performance.now() - t0);
  }
  send('pointerup', at(moves));
  await view.settled();
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil(p * times.length) - 1))];
  return { samples: times.length, p50_ms: q(0.5), p95_ms: q(0.95) };
}
