/** Small wrappers around poppler-utils (pdfinfo, pdftotext, pdftoppm, pdffonts) for the export tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A grey-level raster: `pixels[y·width + x]` in 0 (black) .. 255 (white). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A rectangle in fractions (0..1) of the page. */
export interface FracRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${cmd} not found: install poppler-utils (Debian: sudo apt-get install poppler-utils)`);
    }
    throw err;
  }
}

/** Number of pages of a PDF (pdfinfo). */
export function pdfPageCount(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!m) throw new Error(`pdfinfo: no page count for ${file}`);
  return Number(m[1]);
}

/** The document information pdfinfo prints (Title, Tagged, Pages …), by field name. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    if (m) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

/** Extractable text of every page (pdftotext, pages split on form feeds). */
export function pdfPageTexts(file: string): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\f');
  if (pages.length && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** A page's size and the lowest bottom edge of its words, in points (pdftotext -bbox). */
export interface PageExtent {
  width: number;
  height: number;
  /** Bottom of the lowest word (0 on a page without text). */
  lowestWord: number;
}

/** Size and lowest word of every page: text drawn past the bottom edge (cut off) shows as lowestWord > height. */
export function pdfPageExtents(file: string): PageExtent[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return html.split(/<page /).slice(1).map((page) => {
    const num = (re: RegExp): number => Number(re.exec(page)?.[1] ?? 0);
    const bottoms = [...page.matchAll(/<word [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    return { width: num(/width="([\d.]+)"/), height: num(/height="([\d.]+)"/), lowestWord: Math.max(0, ...bottoms) };
  });
}

/** Names of the fonts embedded in a PDF (pdffonts, subset prefixes removed). */
export function pdfFonts(file: string): string[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);
}

/** Collapse whitespace and Unicode compatibility forms so layout text can be searched. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\u200b\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

/** Parse a binary PGM (P5, maxval 255) as written by `pdftoppm -gray`. */
export function parsePgm(bytes: Uint8Array): GrayImage {
  const header: string[] = [];
  let pos = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[pos]))) pos++;
    if (bytes[pos] === 0x23) {
      while (bytes[pos] !== 0x0a) pos++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[pos]))) token += String.fromCharCode(bytes[pos++]);
    header.push(token);
  }
  pos++;
  const [magic, w, h, max] = header;
  if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM (${magic}, max ${max})`);
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

/** Rasterise every page of a PDF in grey levels at `dpi` (pdftoppm). */
export function rasterizePdf(file: string, dpi = 30): GrayImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-raster-'));
  try {
    run('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((f) => parsePgm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fraction of "ink" pixels (darker than `threshold`) inside a rectangle given in page fractions. */
export function inkFraction(image: GrayImage, rect: FracRect, threshold = 220): number {
  const x0 = Math.max(0, Math.floor(rect.x * image.width));
  const y0 = Math.max(0, Math.floor(rect.y * image.height));
  const x1 = Math.min(image.width, Math.ceil((rect.x + rect.w) * image.width));
  const y1 = Math.min(image.height, Math.ceil((rect.y + rect.h) * image.height));
  let ink = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      all++;
      if (image.pixels[y * image.width + x] < threshold) ink++;
    }
  }
  return all ? ink / all : 0;
}

/** A copy of the image with a rectangle painted white (to prove that a blank chart is caught). */
export function whiteOut(image: GrayImage, rect: FracRect): GrayImage {
  const pixels = image.pixels.slice();
  const x0 = Math.floor(rect.x * image.width);
  const y0 = Math.floor(rect.y * image.height);
  const x1 = Math.ceil((rect.x + rect.w) * image.width);
  const y1 = Math.ceil((rect.y + rect.h) * image.height);
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) pixels.fill(255, y * image.width + Math.max(0, x0), y * image.width + Math.min(image.width, x1));
  return { ...image, pixels };
}
