import { isSlideId } from './speakerLink.ts';
import { isStroke, type Stroke } from './pen/strokes.ts';

/** One live part of a slide as an image: its box in the slide's own (unscaled) coordinates and its PNG bytes. */
export interface MirrorPart {
  x: number;
  y: number;
  w: number;
  h: number;
  png: ArrayBuffer;
}

/**
 * What the deck sends its speaker view a few times a second: images and numbers only, never markup, so the speaker
 * view shows the curves, clouds, shown numbers, slider positions and pen drawings the room sees.
 */
export interface MirrorFrame {
  type: 'frame';
  pair: string;
  /** The slide the images belong to. */
  id: string;
  /** Increases with every frame of a deck tab (a late frame never replaces a newer one). */
  seq: number;
  /** Charts, canvases and the slide's shown numbers (drawn as images), at their place on the slide. */
  parts: MirrorPart[];
  /** Values of the slide's sliders, number fields (their value) and checkboxes (1 or 0), in document order. */
  controls: number[];
  /** The pen's drawings on this slide (slide coordinates and a colour of the pen's fixed list). */
  strokes: Stroke[];
}

/** Most parts, controls, strokes and stroke points one frame may carry, and most bytes one image may weigh. */
export const mirrorLimits = { parts: 64, bytes: 4 * 1024 * 1024, controls: 64, strokes: 500, points: 50_000 } as const;

const coordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 10_000;
const controlValue = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e9;

/** The strokes of an untrusted frame, copied, or null when any is malformed or there are too many. */
function parseStrokes(value: unknown): Stroke[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > mirrorLimits.strokes || !value.every(isStroke)) return null;
  const strokes = value as Stroke[];
  if (strokes.reduce((n, s) => n + s.points.length, 0) > mirrorLimits.points) return null;
  return strokes.map((s) => ({ colour: s.colour, points: s.points.map(([x, y]) => [x, y] as const) }));
}

/** Parse an untrusted channel message into a MirrorFrame of pair `pair`, or null (malformed, too big, another pair's). */
export function parseMirrorFrame(data: unknown, pair: string): MirrorFrame | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'frame' || m.pair !== pair || !isSlideId(m.id)) return null;
  if (!Number.isSafeInteger(m.seq) || (m.seq as number) < 0) return null;
  if (!Array.isArray(m.parts) || m.parts.length > mirrorLimits.parts) return null;
  const parts: MirrorPart[] = [];
  for (const p of m.parts as unknown[]) {
    if (!p || typeof p !== 'object') return null;
    const { x, y, w, h, png } = p as Record<string, unknown>;
    if (!coordinate(x) || !coordinate(y) || !coordinate(w) || !coordinate(h) || w <= 0 || h <= 0) return null;
    if (!(png instanceof ArrayBuffer) || png.byteLength === 0 || png.byteLength > mirrorLimits.bytes) return null;
    parts.push({ x, y, w, h, png });
  }
  const controls = m.controls ?? [];
  if (!Array.isArray(controls) || controls.length > mirrorLimits.controls || !controls.every(controlValue)) return null;
  const strokes = parseStrokes(m.strokes);
  if (!strokes) return null;
  return { type: 'frame', pair, id: m.id, seq: m.seq as number, parts, controls: [...controls], strokes };
}
