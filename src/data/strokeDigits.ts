/**
 * A committed stroke set: one hand-shaped glyph per digit 0–9 as polylines in a unit box (x right, y down).
 * The pad renders them for keyboard users (type a digit) and shows one in print instead of an empty box.
 */
import type { StrokeDrawing, StrokePoint } from './digitPreprocess.ts';

/** Points of an elliptic arc, centre (cx, cy), radii (rx, ry), from angle a0 to a1 (radians, y down: −π/2 is up). */
function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, steps = 24): StrokePoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / steps;
    return { x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) };
  });
}

const line = (...xy: number[]): StrokePoint[] => Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i], y: xy[2 * i + 1] }));
const PI = Math.PI;

/** The ten glyphs, strokes in the unit box, slightly slanted like handwriting. */
export const strokeDigits: ReadonlyArray<ReadonlyArray<ReadonlyArray<StrokePoint>>> = [
  [arc(0.5, 0.5, 0.4, 0.45, -PI / 2, (3 * PI) / 2 + 0.15, 40)],
  [line(0.58, 0.04, 0.52, 0.5, 0.46, 0.96)],
  [[...arc(0.5, 0.3, 0.27, 0.25, PI * 1.05, PI * 2.25), ...line(0.2, 0.94, 0.86, 0.92)]],
  [[...arc(0.47, 0.27, 0.25, 0.22, PI * 1.15, PI * 2.5), ...arc(0.47, 0.71, 0.3, 0.25, -PI / 2, PI * 0.85)]],
  [line(0.56, 0.04, 0.14, 0.62, 0.86, 0.6), line(0.64, 0.28, 0.62, 0.96)],
  [[...line(0.82, 0.05, 0.32, 0.06, 0.26, 0.45), ...arc(0.5, 0.68, 0.3, 0.27, -PI * 0.8, PI * 0.85)]],
  [[...line(0.72, 0.04, 0.48, 0.2, 0.32, 0.44), ...arc(0.5, 0.7, 0.26, 0.25, PI * 1.1, PI * 3.1)]],
  [line(0.14, 0.08, 0.86, 0.08, 0.42, 0.96)],
  [arc(0.56, 0.26, 0.2, 0.2, 0, 2 * PI + 0.1), arc(0.44, 0.72, 0.25, 0.24, 0, 2 * PI + 0.1)],
  [[...arc(0.52, 0.24, 0.22, 0.2, 0, 2 * PI, 30), ...line(0.74, 0.26, 0.6, 0.97)]],
];

/** Brush width as a share of the pad's shorter side: strokes end up 2–3 px wide in the 20×20 box, as in MNIST. */
export const BRUSH_SHARE = 1 / 11;

/** Digit `d` (0–9) as a StrokeDrawing on a width×height pad: the glyph fills 70 % of the shorter side, centred. */
export function strokeDigit(d: number, width: number, height: number): StrokeDrawing {
  const glyph = strokeDigits[((Math.trunc(d) % 10) + 10) % 10];
  const side = 0.7 * Math.min(width, height);
  const [ox, oy] = [(width - side) / 2, (height - side) / 2];
  return {
    width,
    height,
    brush: BRUSH_SHARE * Math.min(width, height),
    strokes: glyph.map((s) => s.map((p) => ({ x: ox + p.x * side, y: oy + p.y * side }))),
  };
}
