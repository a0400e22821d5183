/** Digit mosaics for the notebook: MNIST images tiled into one grey PNG, shown crisp (pixelated) in Jupyter. */
import { encodeGrayPng } from './png.ts';

/** Side of an MNIST digit in pixels. */
export const SIDE = 28;
const PIXELS = SIDE * SIDE;
/** Grey of the ink (intensity 1) and of the gaps between tiles, as in the deck ('paper' style: dark on white). */
const INK = 24;
const GAP_GREY = 229;

/** Something `Deno.jupyter.display` (or a cell's last expression) shows as a rich output. */
export interface Displayable {
  [key: symbol]: () => Record<string, string>;
}

/** Wrap a MIME bundle so the Deno kernel displays it. */
export function displayable(bundle: Record<string, string>): Displayable {
  return { [Symbol.for('Jupyter.display')]: () => bundle };
}

/** Options of digitMosaic. */
export interface MosaicOptions {
  /** Tiles per row. */
  cols: number;
  /** Pixels between tiles (0 for a seamless manifold). Default 2. */
  gap?: number;
}

/** A grey raster: 0 black … 255 white. */
export interface GrayRaster {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Tile `count` flattened 28×28 images (intensities in [0, 1]) into one raster, dark ink on white. */
export function digitMosaic(images: ArrayLike<number>, count: number, options: MosaicOptions): GrayRaster {
  const { cols } = options;
  const gap = options.gap ?? 2;
  if (!(Number.isInteger(count) && count > 0)) throw new Error(`digitMosaic: count must be a positive integer, got ${count}`);
  if (images.length < count * PIXELS) throw new Error(`digitMosaic: ${count} images need ${count * PIXELS} values, got ${images.length}`);
  if (!(Number.isInteger(cols) && cols > 0)) throw new Error(`digitMosaic: cols must be a positive integer, got ${cols}`);
  const rows = Math.ceil(count / cols);
  const width = cols * SIDE + (cols - 1) * gap;
  const height = rows * SIDE + (rows - 1) * gap;
  const pixels = new Uint8Array(width * height).fill(gap > 0 ? GAP_GREY : 255);
  for (let i = 0; i < count; i++) {
    const x0 = (i % cols) * (SIDE + gap);
    const y0 = Math.floor(i / cols) * (SIDE + gap);
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const v = images[i * PIXELS + y * SIDE + x];
        const t = Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
        pixels[(y0 + y) * width + x0 + x] = Math.round(255 - t * (255 - INK));
      }
    }
  }
  for (let i = count; i < rows * cols; i++) {
    const x0 = (i % cols) * (SIDE + gap);
    const y0 = Math.floor(i / cols) * (SIDE + gap);
    for (let y = 0; y < SIDE; y++) pixels.fill(255, (y0 + y) * width + x0, (y0 + y) * width + x0 + SIDE);
  }
  return { pixels, width, height };
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Options of showDigits. */
export interface ShowDigitsOptions extends MosaicOptions {
  /** Display magnification (pixels stay square and sharp). Default 2. */
  scale?: number;
  /** Short description (alt text and plain-text fallback). */
  alt: string;
  /** Optional caption shown under the image. */
  caption?: string;
}

/** A rich output showing digits as one PNG: `text/html` (sharp, scaled) with `image/png` and plain-text fallbacks. */
export function showDigits(images: ArrayLike<number>, count: number, options: ShowDigitsOptions): Displayable {
  const raster = digitMosaic(images, count, options);
  return showRaster(raster, options);
}

/** A rich output for an already tiled raster (see digitMosaic). */
export function showRaster(raster: GrayRaster, options: { scale?: number; alt: string; caption?: string }): Displayable {
  const scale = options.scale ?? 2;
  const data = base64(encodeGrayPng(raster.pixels, raster.width, raster.height));
  const alt = escapeHtml(options.alt);
  const caption = options.caption ? `<figcaption style="font-size:0.9em;color:#4b5563;margin-top:4px">${escapeHtml(options.caption)}</figcaption>` : '';
  const html =
    `<figure style="margin:0"><img src="data:image/png;base64,${data}" alt="${alt}" ` +
    `width="${raster.width * scale}" height="${raster.height * scale}" style="image-rendering:pixelated;max-width:100%;height:auto">${caption}</figure>`;
  return displayable({ 'text/html': html, 'image/png': data, 'text/plain': options.alt });
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
