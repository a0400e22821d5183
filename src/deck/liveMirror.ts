import type { MirrorFrame, MirrorPart } from './mirrorFrame.ts';
import { mirrorLimits } from './mirrorFrame.ts';
import { controlValues, readoutParts } from './mirrorReadouts.ts';
import type { Stroke } from './pen/strokes.ts';

/** How often the deck sends frames (≤ 4 Hz), and how long it keeps sending after the speaker view's last heartbeat. */
export const mirrorTiming = { periodMs: 250, aliveMs: 3_000 } as const;

/** The slide to mirror now: its id, its `<section>` and reveal.js's scale (section pixels → screen pixels). */
export interface MirrorTarget {
  id: string;
  section: HTMLElement;
  scale: number;
  /** Whether its live part runs (its charts, numbers and controls are sent; a static slide sends its drawings only). */
  live: boolean;
  /** The pen's drawings on it. */
  strokes: readonly Stroke[];
}

/** Smallest live part worth mirroring (screen pixels): skips KaTeX glyphs and icons. */
const minSide = 24;

/** The canvases and outermost SVGs of a slide's live content, in document order, that are on screen. */
export function liveParts(section: HTMLElement): (HTMLCanvasElement | SVGSVGElement)[] {
  const content = section.querySelector('.slide-content') ?? section;
  return Array.from(content.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')).filter((el) => {
    if (el instanceof SVGSVGElement && (el.ownerSVGElement || el.closest('.katex'))) return false;
    const r = el.getBoundingClientRect();
    return r.width >= minSide && r.height >= minSide;
  });
}

/** Style properties an SVG needs inlined to look the same drawn as an image (its stylesheet does not travel). */
const inlined = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-size', 'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

/** The SVG as a standalone SVG document: a clone with its computed styles inlined, at its size on screen. */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const view = svg.ownerDocument.defaultView;
  from.forEach((el, i) => {
    const cs = view?.getComputedStyle(el);
    const target = to[i] as SVGElement;
    if (!cs || !target?.style) return;
    for (const prop of inlined) target.style.setProperty(prop, cs.getPropertyValue(prop));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(clone);
}

/** PNG bytes of a canvas as it is on screen, or null when it cannot be read (a tainted or lost canvas). */
async function canvasPng(canvas: HTMLCanvasElement): Promise<ArrayBuffer | null> {
  const blob = await new Promise<Blob | null>((ok) => {
    try {
      canvas.toBlob(ok, 'image/png');
    } catch {
      ok(null);
    }
  });
  return blob ? blob.arrayBuffer() : null;
}

/** PNG bytes of an SVG drawn at `width` × `height` (same-origin blob image, allowed by the deck's CSP). */
async function svgPng(svg: SVGSVGElement, width: number, height: number): Promise<ArrayBuffer | null> {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg, w, h)], { type: 'image/svg+xml' }));
  try {
    const img = new Image(w, h);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.getContext('2d')?.drawImage(img, 0, 0, w, h);
    return await canvasPng(canvas);
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Images of a slide's live parts (charts and canvases, then its shown numbers), boxes in the section's unscaled coordinates. */
export async function captureParts(target: MirrorTarget): Promise<MirrorPart[]> {
  if (!target.live) return [];
  const origin = target.section.getBoundingClientRect();
  const scale = target.scale > 0 ? target.scale : 1;
  const parts: MirrorPart[] = [];
  for (const el of liveParts(target.section).slice(0, mirrorLimits.parts)) {
    const r = el.getBoundingClientRect();
    const png = el instanceof HTMLCanvasElement ? await canvasPng(el) : await svgPng(el, r.width / scale, r.height / scale);
    if (!png || png.byteLength > mirrorLimits.bytes) continue;
    parts.push({ x: (r.left - origin.left) / scale, y: (r.top - origin.top) / scale, w: r.width / scale, h: r.height / scale, png });
  }
  return parts.concat(await readoutParts(target.section, origin, scale, mirrorLimits.parts - parts.length));
}

/** The frame of a target: its images, its controls' values and its drawings (numbers only besides the images). */
export async function captureFrame(target: MirrorTarget, seq: number): Promise<Omit<MirrorFrame, 'pair'>> {
  const parts = await captureParts(target);
  const controls = target.live ? controlValues(target.section).slice(0, mirrorLimits.controls) : [];
  return { type: 'frame', id: target.id, seq, parts, controls, strokes: [...target.strokes] };
}

/**
 * Sends images of the current slide's live parts (and its drawings) to the speaker view a few times a second, only while the speaker view
 * says it is open (`watch`, its heartbeat): no heartbeat for `aliveMs`, no frames and no timer.
 */
export class LiveMirror {
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastWatch = 0;
  private busy = false;
  private seq = 0;
  /** No capture before this time: a slow capture (big charts) waits 4× its duration, so mirroring stays under ~20 % of the main thread. */
  private nextAt = 0;
  /** How long the last frame took to capture (ms, main thread and encoding), for the e2e report. */
  lastCaptureMs = 0;

  constructor(
    private readonly target: () => MirrorTarget | null,
    private readonly post: (frame: Omit<MirrorFrame, 'pair'>) => void,
  ) {}

  /** Whether frames are being sent. */
  get running(): boolean {
    return this.timer !== null;
  }

  /** The speaker view's heartbeat: start sending (or keep sending) frames. */
  watch(): void {
    this.lastWatch = Date.now();
    if (this.timer === null) this.timer = setInterval(() => void this.tick(), mirrorTiming.periodMs);
  }

  /** Stop sending frames. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (Date.now() - this.lastWatch > mirrorTiming.aliveMs) return this.stop();
    const target = this.target();
    if (!target || this.busy || performance.now() < this.nextAt) return;
    this.busy = true;
    try {
      const t0 = performance.now();
      const frame = await captureFrame(target, ++this.seq);
      this.lastCaptureMs = performance.now() - t0;
      this.nextAt = performance.now() + 4 * this.lastCaptureMs;
      if (this.timer !== null) this.post(frame);
    } finally {
      this.busy = false;
    }
  }
}
