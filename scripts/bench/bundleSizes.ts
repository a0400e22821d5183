/** Size of every chunk the build ships (JS, CSS, WASM), raw and gzip-compressed, with hashes stripped from names. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file of dist/assets. */
export interface ChunkSize {
  /** File name without the content hash, e.g. "index.js", "training.worker.js". */
  chunk: string;
  file: string;
  bytes: number;
  gzip_bytes: number;
}

/** "index-B1x_9aZ3.js" → "index.js" (Vite/rolldown append an 8-character hash). */
export function chunkName(file: string): string {
  return file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/, '$1');
}

/** JS, CSS and WASM files of `<distDir>/assets`, biggest gzip first (fonts are summed in one "fonts" line). */
export function bundleSizes(distDir: string): ChunkSize[] {
  const dir = join(distDir, 'assets');
  const out: ChunkSize[] = [];
  const fonts: ChunkSize = { chunk: 'fonts (KaTeX woff2/woff/ttf)', file: '*', bytes: 0, gzip_bytes: 0 };
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, file));
    const size = { chunk: chunkName(file), file, bytes: bytes.length, gzip_bytes: gzipSync(bytes).length };
    if (/\.(js|css|wasm)$/.test(file)) out.push(size);
    else if (/\.(woff2?|ttf)$/.test(file)) {
      fonts.bytes += size.bytes;
      fonts.gzip_bytes += size.gzip_bytes;
    }
  }
  out.sort((a, b) => b.gzip_bytes - a.gzip_bytes);
  if (fonts.bytes) out.push(fonts);
  return out;
}
