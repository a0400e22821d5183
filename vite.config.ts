import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { highlightPlugin } from './scripts/build/highlightPlugin.ts';
import { notebookCellsPlugin } from './scripts/build/notebookCellsPlugin.ts';
import { texAtBuildPlugin } from './scripts/build/texPlugin.ts';

const page = (name: string) => resolve(import.meta.dirname, name);

// Cross-origin isolation (COOP + COEP) makes SharedArrayBuffer available, hence the multi-threaded WASM backend
// (src/model/backend.browser.ts). Every resource of the deck is same-origin, so `require-corp` blocks nothing.
// A static host must send the same two headers to get the threads; without them the deck runs single-threaded.
export const isolationHeaders = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * reveal.js's theme CSS embeds Source Sans Pro as base64 WOFF (~570 KB of render-blocking CSS): drop those
 * @font-face rules; the same font comes as subsetted WOFF2 files from @fontsource (imported by src/main.ts).
 */
function revealThemeWithoutEmbeddedFonts(): Plugin {
  return {
    name: 'reveal-theme-without-embedded-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/reveal\.js\/dist\/theme\/[\w-]+\.css$/.test(id.split('?')[0])) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
    },
  };
}

/**
 * The built copies of the digit files (data/*.bin, e.g. mnist-10k.bin: 7.9 MB → 1.6 MB) are stored gzip-compressed, on
 * any static host with no server configuration; src/data/mnist.browser.ts inflates them. public/ keeps the raw files for
 * Node and the notebook. Level 6: level 9 saved little and cost ~3 s per build.
 */
function compressDigitFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'compress-digit-file',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const dir = resolve(outDir, 'data');
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.bin')) writeFileSync(resolve(dir, name), gzipSync(readFileSync(resolve(dir, name)), { level: 6 }));
      }
    },
  };
}

// The deck (index.html) and the in-browser benchmark page (bench.html) are built together.
export default defineConfig({
  base: './',
  plugins: [highlightPlugin(), notebookCellsPlugin(), texAtBuildPlugin(), revealThemeWithoutEmbeddedFonts(), compressDigitFiles()],
  server: { host: '127.0.0.1', port: 5173, headers: isolationHeaders },
  preview: { host: '127.0.0.1', port: 4173, headers: isolationHeaders },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: {
        main: page('index.html'),
        speaker: page('speaker.html'),
        ...(existsSync(page('bench.html')) ? { bench: page('bench.html') } : {}),
      },
    },
  },
});
