/** The dots of a latent plane: thousands of codes drawn on a canvas, coloured by digit. */
import type { LatentMapping } from './latentMapping.ts';
import { digitColor } from './palette.ts';
import { mulberry32, shuffledIndices } from '../math/random.ts';

/** Redraw `data`'s codes (x0, y0, x1, … with one digit label each) on `canvas`, a `side`-px square plot. */
export function drawLatentDots(
  canvas: HTMLCanvasElement,
  side: number,
  data: { points: Float32Array; labels: Uint8Array },
  mapping: LatentMapping,
  r: number,
  opacity: number,
): void {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return;
  const scale = canvas.width / side;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, side, side);
  const n = Math.min(data.labels.length, Math.floor(data.points.length / 2));
  // Interleave the classes (held-out sets come grouped by digit) so no class is always drawn on top.
  const order = shuffledIndices(n, mulberry32(7));
  ctx.globalAlpha = opacity;
  ctx.lineWidth = 0.6;
  ctx.strokeStyle = 'rgba(0,0,0,0.4)';
  for (const i of order) {
    const z1 = data.points[2 * i];
    const z2 = data.points[2 * i + 1];
    if (!Number.isFinite(z1) || !Number.isFinite(z2)) continue;
    const [x, y] = mapping.toPx(z1, z2);
    if (x < -r || y < -r || x > side + r || y > side + r) continue;
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = digitColor(data.labels[i]);
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
