import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompress, constants as zlibConstants, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
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

/** What precompressAssets compresses, with the Content-Type the preview server sends it with. */
const COMPRESSIBLE: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const compressibleType = (name: string) => COMPRESSIBLE[name.slice(name.lastIndexOf('.'))];

/**
 * Brotli copies of the built scripts, styles and WebAssembly (`dist/assets/*.br`), and a preview server that sends them
 * to browsers that accept brotli: main.js is ~20 % smaller than the gzip `vite preview` makes on the fly. A static host
 * that serves precompressed files (nginx `brotli_static`, most CDNs) uses the same copies; any other host still
 * compresses on its own. Quality 11 up to 1 MB; the three 1.9 MB worker bundles (training, own images, backend probe),
 * fetched only when they start, get quality 5 (quality 11 on them costs ~2 s of build each for 5 %).
 */
function precompressAssets(): Plugin {
  let outDir = 'dist';
  const brotli = promisify(brotliCompress);
  return {
    name: 'precompress-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const dir = resolve(outDir, 'assets');
      if (!existsSync(dir)) return;
      const names = readdirSync(dir).filter((name) => compressibleType(name) && statSync(resolve(dir, name)).size >= 1024);
      await Promise.all(
        names.map(async (name) => {
          const data = await readFile(resolve(dir, name));
          const quality = data.length > 1_000_000 ? 5 : 11;
          const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length };
          await writeFile(resolve(dir, `${name}.br`), await brotli(data, { params }));
        }),
      );
    },
    configurePreviewServer(server) {
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]);
        const type = compressibleType(path);
        const file = resolve(outDir, `.${path}.br`);
        if (!type || !path.includes('/assets/') || !/\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) || !file.startsWith(outDir) || !existsSync(file)) return next();
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(file).size);
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(file).pipe(res);
      });
    },
  };
}

/**
 * A chunk's file name: a slide's chunk after its module with a `slide-` prefix (slides/latentExplorer.ts and
 * src/widgets/latentExplorer.ts no longer both become latentExplorer-….js: the bench keys chunks by name), a package's
 * after the package (tfjs-backend-webgpu-….js, not dist-….js).
 */
function chunkFileName(chunk: { facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? '';
  if (/\/slides\/[^/]+\.ts$/.test(id)) return 'assets/slide-[name]-[hash].js';
  const pkg = /\/node_modules\/(?:@[^/]+\/)?([^/]+)\//.exec(id)?.[1];
  return pkg ? `assets/${pkg}-[hash].js` : 'assets/[name]-[hash].js';
}

// The deck (index.html) and the in-browser benchmark page (bench.html) are built together.
export default defineConfig({
  base: './',
  plugins: [highlightPlugin(), notebookCellsPlugin(), texAtBuildPlugin(), revealThemeWithoutEmbeddedFonts(), compressDigitFiles(), precompressAssets()],
  server: { host: '127.0.0.1', port: 5173, headers: isolationHeaders },
  preview: { host: '127.0.0.1', port: 4173, headers: isolationHeaders },
  worker: { format: 'es', rolldownOptions: { output: { chunkFileNames: chunkFileName } } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: { chunkFileNames: chunkFileName },
      input: {
        main: page('index.html'),
        speaker: page('speaker.html'),
        ...(existsSync(page('bench.html')) ? { bench: page('bench.html') } : {}),
      },
    },
  },
});
