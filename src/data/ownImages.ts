/**
 * Pure preprocessing of the "your own images" path (browser slide, notebook, tests): which files to read, the
 * centred square crop, area-average downsampling to size×size RGB in [0, 1], alpha over white, and the report
 * of skipped files. Decoding itself is platform-specific (ownImages.browser.ts: createImageBitmap with resize).
 */
import { locales, type Localized } from '../i18n/lang.ts';
import type { HeaderProblem } from './imageHeader.ts';

/** Side of the square images the own-images VAE trains on. */
export const OWN_IMAGE_SIZE = 32;
/** At most this many images are kept from one folder (32×32×3 floats each: 10,000 images = 123 MB). */
export const MAX_OWN_IMAGES = 10_000;
/** At most this many skipped files are named one by one in a report (all are counted). */
export const MAX_NAMED_SKIPS = 20;

const NOTHING_SKIPPED: Localized = { fr: 'Aucun fichier ignoré.', en: 'No file skipped.' };
/** Files larger than this are skipped unread (a 50-megapixel JPEG is ~25 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The centred square of a width×height image: source x, y and side, in pixels. */
export interface CropRect {
  sx: number;
  sy: number;
  side: number;
}

/** The largest centred square of a width×height image. */
export function centerCrop(width: number, height: number): CropRect {
  if (!(width >= 1 && height >= 1)) throw new Error(`centerCrop: image size ${width}×${height} is not positive`);
  const side = Math.min(width, height);
  return { sx: Math.floor((width - side) / 2), sy: Math.floor((height - side) / 2), side };
}

/** Why a file was left out, in words for the screen. */
export type SkipReason = HeaderProblem | 'not-jpeg-png' | 'too-large' | 'too-many-pixels' | 'decode-failed' | 'limit';

/** Screen text of each skip reason. */
export const SKIP_REASONS: Readonly<Record<SkipReason, Localized>> = {
  'not-an-image': { fr: 'ce n’est pas une image JPEG ou PNG', en: 'not a JPEG or PNG image' },
  'not-jpeg-png': { fr: 'format non pris en charge (JPEG ou PNG seulement)', en: 'unsupported format (JPEG or PNG only)' },
  corrupt: { fr: 'fichier image corrompu ou tronqué', en: 'corrupt or truncated image file' },
  empty: { fr: 'fichier vide', en: 'empty file' },
  'too-large': { fr: 'fichier trop gros (plus de 64 Mo)', en: 'file too large (over 64 MB)' },
  'too-many-pixels': { fr: 'image trop grande (plus de 100 mégapixels)', en: 'image too large (over 100 megapixels)' },
  'decode-failed': { fr: 'le navigateur n’a pas pu décoder l’image', en: 'the browser could not decode the image' },
  limit: { fr: `limite de ${MAX_OWN_IMAGES.toLocaleString('fr-FR')} images atteinte`, en: `limit of ${MAX_OWN_IMAGES.toLocaleString('en-US')} images reached` },
};

/** Whether a file name or MIME type may hold a JPEG or PNG (a cheap filter before reading any byte). */
export function looksLikeJpegOrPng(name: string, mimeType = ''): boolean {
  if (mimeType === 'image/jpeg' || mimeType === 'image/png') return true;
  return /\.(jpe?g|png)$/i.test(name);
}

/** Counts and names of the files left out of a folder. */
export class SkipReport {
  /** Total skipped files. */
  count = 0;
  /** The first MAX_NAMED_SKIPS skipped files with their reason. */
  readonly named: { name: string; reason: SkipReason }[] = [];
  /** Skipped files per reason. */
  readonly byReason: Partial<Record<SkipReason, number>> = {};

  /** Record one skipped file. */
  add(name: string, reason: SkipReason): void {
    this.count++;
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
    if (this.named.length < MAX_NAMED_SKIPS) this.named.push({ name, reason });
  }

  /** One sentence for the screen, e.g. "3 fichiers ignorés : a.txt (…), b.jpg (…) et 1 autre". */
  summary(lang: 'fr' | 'en'): string {
    if (this.count === 0) return NOTHING_SKIPPED[lang];
    const list = this.named.map((s) => `${s.name} (${SKIP_REASONS[s.reason][lang]})`).join(', ');
    const rest = this.count - this.named.length;
    const locale = locales[lang];
    const n = this.count.toLocaleString(locale);
    const more = rest.toLocaleString(locale);
    if (lang === 'fr') return `${n} fichier${this.count > 1 ? 's' : ''} ignoré${this.count > 1 ? 's' : ''}\u00a0: ${list}${rest > 0 ? ` et ${more} autre${rest > 1 ? 's' : ''}` : ''}.`;
    return `${n} file${this.count > 1 ? 's' : ''} skipped: ${list}${rest > 0 ? ` and ${more} more` : ''}.`;
  }
}

/**
 * RGBA pixels of a width×height image (any size) → size×size×3 floats in [0, 1], writing into `out` at `offset`:
 * the centred square is averaged over the source pixels each output pixel covers (area resampling, exact for integer
 * ratios), and transparent pixels are composited over white. Grey-scale images arrive as RGBA with R = G = B.
 */
export function squareRgbFloats(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number, size: number, out: Float32Array, offset = 0): void {
  if (rgba.length !== width * height * 4) throw new Error(`squareRgbFloats: ${rgba.length} bytes for a ${width}×${height} RGBA image`);
  if (out.length < offset + size * size * 3) throw new Error('squareRgbFloats: output buffer too small');
  const { sx, sy, side } = centerCrop(width, height);
  const scale = side / size;
  for (let oy = 0; oy < size; oy++) {
    const y0 = sy + Math.floor(oy * scale);
    const y1 = Math.max(y0 + 1, sy + Math.floor((oy + 1) * scale));
    for (let ox = 0; ox < size; ox++) {
      const x0 = sx + Math.floor(ox * scale);
      const x1 = Math.max(x0 + 1, sx + Math.floor((ox + 1) * scale));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * width + x) * 4;
          const a = rgba[i + 3] / 255;
          // alpha over white: c·a + 255·(1 − a)
          r += rgba[i] * a + 255 * (1 - a);
          g += rgba[i + 1] * a + 255 * (1 - a);
          b += rgba[i + 2] * a + 255 * (1 - a);
        }
      }
      const k = 255 * (y1 - y0) * (x1 - x0);
      const o = offset + (oy * size + ox) * 3;
      out[o] = r / k;
      out[o + 1] = g / k;
      out[o + 2] = b / k;
    }
  }
}
