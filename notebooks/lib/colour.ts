/** Colour image mosaics for the notebook's "your own images" section: size×size RGB images tiled into one PNG. */
import { Buffer } from 'node:buffer';
import { encode as encodePng } from 'fast-png';
import { displayable, escapeHtml, type Displayable } from './digits.ts';

/** An RGB raster: 3 bytes per pixel, row-major. */
export interface RgbRaster {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Tile `count` size×size RGB images (count·size·size·3 values in [0, 1]) into one raster, `cols` per row, on white. */
export function colourMosaic(images: ArrayLike<number>, count: number, size: number, cols: number, gap = 2): RgbRaster {
  if (!(Number.isInteger(count) && count > 0)) throw new Error(`colourMosaic: count must be a positive integer, got ${count}`);
  if (!(Number.isInteger(cols) && cols > 0)) throw new Error(`colourMosaic: cols must be a positive integer, got ${cols}`);
  const per = size * size * 3;
  if (images.length < count * per) throw new Error(`colourMosaic: ${count} images of ${size}×${size} need ${count * per} values, got ${images.length}`);
  const rows = Math.ceil(count / cols);
  const width = cols * size + (cols - 1) * gap;
  const height = rows * size + (rows - 1) * gap;
  const pixels = new Uint8Array(width * height * 3).fill(255);
  for (let i = 0; i < count; i++) {
    const x0 = (i % cols) * (size + gap);
    const y0 = Math.floor(i / cols) * (size + gap);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        for (let k = 0; k < 3; k++) {
          const v = images[i * per + (y * size + x) * 3 + k];
          pixels[((y0 + y) * width + x0 + x) * 3 + k] = Number.isFinite(v) ? Math.round(255 * Math.min(1, Math.max(0, v))) : 0;
        }
      }
    }
  }
  return { pixels, width, height };
}

/** A rich output showing colour images as one PNG (sharp, scaled), with a caption and plain-text fallback. */
export function showColourImages(
  images: ArrayLike<number>,
  count: number,
  size: number,
  options: { cols: number; gap?: number; scale?: number; alt: string; caption?: string },
): Displayable {
  const raster = colourMosaic(images, count, size, options.cols, options.gap);
  const scale = options.scale ?? 2;
  const data = Buffer.from(encodePng({ data: raster.pixels, width: raster.width, height: raster.height, channels: 3, depth: 8 })).toString('base64');
  const caption = options.caption ? `<figcaption style="font-size:0.9em;color:#4b5563;margin-top:4px">${escapeHtml(options.caption)}</figcaption>` : '';
  const html =
    `<figure style="margin:0"><img src="data:image/png;base64,${data}" alt="${escapeHtml(options.alt)}" ` +
    `width="${raster.width * scale}" height="${raster.height * scale}" style="image-rendering:pixelated;max-width:100%;height:auto">${caption}</figure>`;
  return displayable({ 'text/html': html, 'image/png': data, 'text/plain': options.alt });
}
