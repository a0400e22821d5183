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

/**
 * JS, CSS and WASM files of `<distDir>/assets`, biggest gzip first (fonts are summed in one "fonts" line). Files that
 * share a name are summed in one line, "tfjs-backend-webgpu.js (3 copies)": each worker build and the page build get
 * their own copy of a chunk they all import.
 */
export function bundleSizes(distDir: string): ChunkSize[] {
  const dir = join(distDir, 'assets');
  const byName = new Map<string, ChunkSize & { copies: number }>();
  const fonts: ChunkSize = { chunk: 'fonts (KaTeX woff2/woff/ttf)', file: '*', bytes: 0, gzip_bytes: 0 };
  for (const file of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, file));
    const size = { chunk: chunkName(file), file, bytes: bytes.length, gzip_bytes: gzipSync(bytes).length };
    if (/\.(js|css|wasm)$/.test(file)) {
      const same = byName.get(size.chunk);
      if (!same) byName.set(size.chunk, { ...size, copies: 1 });
      else Object.assign(same, { file: `${same.file} ${file}`, bytes: same.bytes + size.bytes, gzip_bytes: same.gzip_bytes + size.gzip_bytes, copies: same.copies + 1 });
    } else if (/\.(woff2?|ttf)$/.test(file)) {
      fonts.bytes += size.bytes;
      fonts.gzip_bytes += size.gzip_bytes;
    }
  }
  const out = [...byName.values()].map(({ copies, ...c }) => (copies > 1 ? { ...c, chunk: `${c.chunk} (${copies} copies)` } : c));
  out.sort((a, b) => b.gzip_bytes - a.gzip_bytes);
  if (fonts.bytes) out.push(fonts);
  return out;
}

/** Gzip bytes of the scripts, styles and WebAssembly in `bundle` (every copy of a summed line; not the fonts). */
export function shippedGzipBytes(bundle: ChunkSize[]): number {
  return bundle.filter((c) => c.file.split(' ').every((f) => /\.(js|css|wasm)$/.test(f))).reduce((sum, c) => sum + c.gzip_bytes, 0);
}
