import { isSlideId } from './speakerLink.ts';

/** One live part of a slide as an image: its box in the slide's own (unscaled) coordinates and its PNG bytes. */
export interface MirrorPart {
  x: number;
  y: number;
  w: number;
  h: number;
  png: ArrayBuffer;
}

/**
 * What the deck sends its speaker view a few times a second while a live slide is current: images and numbers only,
 * never markup, so the speaker view shows the curves and clouds the room sees.
 */
export interface MirrorFrame {
  type: 'frame';
  pair: string;
  /** The slide the images belong to. */
  id: string;
  /** Increases with every frame of a deck tab (a late frame never replaces a newer one). */
  seq: number;
  parts: MirrorPart[];
}

/** Most parts one frame may carry, and most bytes one image may weigh: anything bigger is not a frame of ours. */
export const mirrorLimits = { parts: 24, bytes: 4 * 1024 * 1024 } as const;

const coordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 10_000;

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
  return { type: 'frame', pair, id: m.id, seq: m.seq as number, parts };
}
