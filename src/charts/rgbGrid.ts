/** Colour images (size×size×3 floats in [0, 1], RGB row-major) drawn as a row of canvases, upscaled with hard pixels. */
import { context2d } from './digitGrid.ts';

/** RGBA bytes of one size×size RGB image starting at `offset`; NaN counts as 0, values are clamped to [0, 1]. */
export function rgbToRgba(values: ArrayLike<number>, size: number, offset = 0): Uint8ClampedArray<ArrayBuffer> {
  const n = size * size;
  const out = new Uint8ClampedArray(n * 4);
  for (let p = 0; p < n; p++) {
    for (let c = 0; c < 3; c++) {
      const raw = values[offset + p * 3 + c];
      out[p * 4 + c] = Math.round((Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0) * 255);
    }
    out[p * 4 + 3] = 255;
  }
  return out;
}

/** Options of an RgbGrid. */
export interface RgbGridOptions {
  /** Side of one source image in pixels (32). */
  size: number;
  /** Side of one image on screen in px. */
  cellSize: number;
  /** Accessible name (already localized). */
  ariaLabel: string;
}

/** A row of colour images; update() redraws in place. */
export class RgbGrid {
  /** The grid element. */
  readonly root: HTMLDivElement;
  private readonly scratch: HTMLCanvasElement;

  constructor(
    container: HTMLElement,
    private readonly options: RgbGridOptions,
  ) {
    this.root = document.createElement('div');
    this.root.className = 'rgb-grid';
    this.root.setAttribute('role', 'img');
    this.root.setAttribute('aria-label', options.ariaLabel);
    this.scratch = document.createElement('canvas');
    this.scratch.width = this.scratch.height = options.size;
    container.append(this.root);
  }

  /** How many images are shown. */
  get count(): number {
    return this.root.children.length;
  }

  /** Draw k images (k·size·size·3 values). */
  update(images: Float32Array): void {
    const { size, cellSize } = this.options;
    const per = size * size * 3;
    const k = Math.floor(images.length / per);
    while (this.root.children.length > k) this.root.lastElementChild!.remove();
    while (this.root.children.length < k) {
      const c = document.createElement('canvas');
      c.width = c.height = cellSize;
      c.style.width = c.style.height = `${cellSize}px`;
      this.root.append(c);
    }
    const sctx = context2d(this.scratch);
    if (!sctx) return;
    Array.from(this.root.children).forEach((el, i) => {
      const ctx = context2d(el as HTMLCanvasElement);
      if (!ctx) return;
      sctx.putImageData(new ImageData(rgbToRgba(images, size, i * per), size, size), 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(this.scratch, 0, 0, cellSize, cellSize);
    });
  }

  /** Remove the grid. */
  destroy(): void {
    this.root.remove();
  }
}
