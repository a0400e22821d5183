import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { highlightPlugin } from './scripts/build/highlightPlugin.ts';
import { notebookCellsPlugin } from './scripts/build/notebookCellsPlugin.ts';

const page = (name: string) => resolve(import.meta.dirname, name);

// The deck (index.html) and the in-browser benchmark page (bench.html) are built together.
export default defineConfig({
  base: './',
  plugins: [highlightPlugin(), notebookCellsPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
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
