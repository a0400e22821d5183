import getStroke from 'perfect-freehand';

/** A point in slide coordinates (the deck's 1280×720 frame, whatever the window's size). */
export type Point = readonly [x: number, y: number];

/** The pen's colours: Okabe–Ito hues (colour-blind-safe), each ≥ 3:1 against both the light and the dark paper. */
export const penColours = {
  vermillion: { css: '#d55e00', fr: 'vermillon', en: 'vermillion' },
  blue: { css: '#0072b2', fr: 'bleu', en: 'blue' },
  green: { css: '#009e73', fr: 'vert', en: 'green' },
} as const;
/** The name of one pen colour. */
export type PenColour = keyof typeof penColours;
/** The colours in toolbar order. */
export const penColourNames = Object.keys(penColours) as PenColour[];

/** One freehand stroke drawn on a slide. */
export interface Stroke {
  readonly colour: PenColour;
  readonly points: readonly Point[];
}

/** Stroke diameter in slide pixels (the slide is 1280 wide). */
export const strokeSize = 6;
/** A slide is 1280 × 720: points outside (with a margin) are bogus input. */
const frame = { width: 1280, height: 720, margin: 200 };

/** Whether `value` is a valid stroke (used on whatever storage hands back). */
export function isStroke(value: unknown): value is Stroke {
  if (!value || typeof value !== 'object') return false;
  const s = value as { colour?: unknown; points?: unknown };
  if (typeof s.colour !== 'string' || !(s.colour in penColours)) return false;
  if (!Array.isArray(s.points) || s.points.length === 0) return false;
  return s.points.every(
    (p) =>
      Array.isArray(p) &&
      p.length === 2 &&
      p.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
      p[0] >= -frame.margin && p[0] <= frame.width + frame.margin &&
      p[1] >= -frame.margin && p[1] <= frame.height + frame.margin,
  );
}

/** The SVG path (`d`) of a stroke's outline, shaped by perfect-freehand; '' for a stroke with no points. */
export function strokePath(points: readonly Point[], done = true): string {
  if (points.length === 0) return '';
  const outline = getStroke(points as Point[] as [number, number][], {
    size: strokeSize,
    thinning: 0.4,
    smoothing: 0.5,
    streamline: 0.4,
    simulatePressure: true,
    last: done,
  });
  if (outline.length === 0) return '';
  const r = (v: number): string => (Math.round(v * 100) / 100).toString();
  const [first, ...rest] = outline;
  return `M${r(first[0])},${r(first[1])}` + rest.map(([x, y]) => `L${r(x)},${r(y)}`).join('') + 'Z';
}

/** Distance from `p` to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Whether the eraser at `p` (radius `radius`, slide pixels) touches the stroke. */
export function touchesStroke(stroke: Stroke, p: Point, radius: number): boolean {
  const pts = stroke.points;
  if (pts.length === 1) return Math.hypot(p[0] - pts[0][0], p[1] - pts[0][1]) <= radius + strokeSize / 2;
  for (let i = 1; i < pts.length; i++) {
    if (segmentDistance(p, pts[i - 1], pts[i]) <= radius + strokeSize / 2) return true;
  }
  return false;
}
