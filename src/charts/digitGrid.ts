/** 28×28 digit images drawn on canvas, upscaled with hard pixels: one helper for a single image and a grid chart. */

import { roles } from './palette.ts';

/** Side of an MNIST image in pixels. */
export const DIGIT_SIDE = 28;
/** Pixels per MNIST image. */
export const DIGIT_PIXELS = DIGIT_SIDE * DIGIT_SIDE;

/** How a digit is inked: dark on white paper (default, reads best on a white slide) or white on black (MNIST style). */
export type DigitInk = 'paper' | 'dark';

/** RGB of the background (intensity 0) and of the ink (intensity 1) for each style. */
const INK: Record<DigitInk, { bg: [number, number, number]; fg: [number, number, number] }> = {
  paper: { bg: [255, 255, 255], fg: [17, 24, 39] },
  dark: { bg: [0, 0, 0], fg: [255, 255, 255] },
};

/** RGBA bytes (28·28·4) of one image of intensities in [0, 1]; NaN counts as 0, values are clamped. */
export function digitToRgba(pixels: ArrayLike<number>, ink: DigitInk = 'paper', offset = 0): Uint8ClampedArray<ArrayBuffer> {
  const { bg, fg } = INK[ink];
  const out = new Uint8ClampedArray(DIGIT_PIXELS * 4);
  for (let p = 0; p < DIGIT_PIXELS; p++) {
    const raw = pixels[offset + p];
    const v = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    out[4 * p] = bg[0] + (fg[0] - bg[0]) * v;
    out[4 * p + 1] = bg[1] + (fg[1] - bg[1]) * v;
    out[4 * p + 2] = bg[2] + (fg[2] - bg[2]) * v;
    out[4 * p + 3] = 255;
  }
  return out;
}

/** One 28×28 canvas reused by every drawDigit call (used synchronously; a new canvas and context per digit was garbage on every pointer move). */
let scratch: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null = null;
function scratchCanvas(): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null {
  if (scratch) return scratch;
  const canvas = document.createElement('canvas');
  canvas.width = DIGIT_SIDE;
  canvas.height = DIGIT_SIDE;
  const ctx = context2d(canvas);
  if (ctx) scratch = { canvas, ctx };
  return scratch;
}

/** Draw one 28×28 image (784 intensities from `offset`) at (x, y) as a `size`×`size` square with hard pixel edges. */
export function drawDigit(
  ctx: CanvasRenderingContext2D,
  pixels: ArrayLike<number>,
  x: number,
  y: number,
  size: number,
  ink: DigitInk = 'paper',
  offset = 0,
): void {
  const scratch = scratchCanvas();
  if (!scratch) return;
  scratch.ctx.putImageData(new ImageData(digitToRgba(pixels, ink, offset), DIGIT_SIDE, DIGIT_SIDE), 0, 0);
  // Tag the canvas with how many digits fit across it, so a test can check each digit's size on screen.
  if (size > 0 && ctx.canvas instanceof HTMLCanvasElement) ctx.canvas.dataset.digitsAcross = String(Math.round(ctx.canvas.width / size));
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch.canvas, x, y, size, size);
  ctx.restore();
}

/** The 2-D context of a canvas, or null where there is none (jsdom, or a context-creation failure). */
export function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

/** Options of a DigitGrid. */
export interface DigitGridOptions {
  /** Images per row. */
  cols: number;
  /** Side of one image on screen in px. */
  cellSize: number;
  /** Space between cells in px. */
  gap: number;
  /** Show a caption under each image (given to update). */
  labels?: boolean;
  /** Ink style (default 'paper': dark ink on white). */
  ink?: DigitInk;
  /** Accessible name of the grid (already localized); required: a role="img" without a name fails axe's role-img-alt. */
  ariaLabel: string;
}

/** A grid of digit images, each a canvas with an optional caption; update() redraws in place. */
export class DigitGrid {
  /** The grid element. */
  readonly root: HTMLDivElement;
  private cells: Array<{ canvas: HTMLCanvasElement; caption: HTMLElement | null }> = [];

  constructor(
    container: HTMLElement,
    private readonly options: DigitGridOptions,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'digit-grid';
    this.root.setAttribute('role', 'img');
    this.root.setAttribute('aria-label', options.ariaLabel);
    Object.assign(this.root.style, {
      display: 'grid',
      gridTemplateColumns: `repeat(${Math.max(1, Math.floor(options.cols))}, ${options.cellSize}px)`,
      gap: `${options.gap}px`,
      justifyContent: 'start',
    });
    container.append(this.root);
  }

  /** How many images are shown. */
  get count(): number {
    return this.cells.length;
  }

  /** Draw k images (k·784 intensities in [0, 1]); `captions[i]` goes under image i when labels are on. */
  update(images: Float32Array, captions?: string[]): void {
    const k = Math.floor(images.length / DIGIT_PIXELS);
    this.resize(k);
    const ink = this.options.ink ?? 'paper';
    this.cells.forEach((cell, i) => {
      const ctx = context2d(cell.canvas);
      if (ctx) drawDigit(ctx, images, 0, 0, cell.canvas.width, ink, i * DIGIT_PIXELS);
      if (cell.caption) cell.caption.textContent = captions?.[i] ?? '';
    });
  }

  /** Remove the grid. */
  destroy(): void {
    this.root.remove();
    this.cells = [];
  }

  private resize(k: number): void {
    while (this.cells.length > k) this.cells.pop()!.canvas.parentElement!.remove();
    const { cellSize } = this.options;
    // Twice the CSS size (at least 28 px) so the hard pixel edges stay sharp on paper too.
    const backing = Math.max(DIGIT_SIDE, Math.round(cellSize * 2));
    while (this.cells.length < k) {
      const fig = document.createElement('figure');
      fig.className = 'digit-cell';
      Object.assign(fig.style, { margin: '0', display: 'flex', flexDirection: 'column', alignItems: 'center' });
      const canvas = document.createElement('canvas');
      canvas.width = backing;
      canvas.height = backing;
      Object.assign(canvas.style, {
        width: `${cellSize}px`, height: `${cellSize}px`, imageRendering: 'pixelated',
        border: `1px solid ${roles.grid}`, background: this.options.ink === 'dark' ? '#000' : '#fff',
      });
      fig.append(canvas);
      let caption: HTMLElement | null = null;
      if (this.options.labels) {
        caption = document.createElement('figcaption');
        caption.className = 'digit-caption';
        Object.assign(caption.style, { fontSize: '18px', lineHeight: '1.2', color: roles.ink, textAlign: 'center' });
        fig.append(caption);
      }
      this.root.append(fig);
      this.cells.push({ canvas, caption });
    }
  }
}
