import { defineConfig } from 'vitest/config';
import { highlightPlugin } from './scripts/build/highlightPlugin.ts';
import { notebookCellsPlugin } from './scripts/build/notebookCellsPlugin.ts';

export default defineConfig({
  plugins: [highlightPlugin(), notebookCellsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setupTex.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default for `run` is one worker fewer than the cores: ONE worker on the 2-core CI machine, which left a
    // core idle while each file waited on its imports (tfjs, jsdom). Two forks keep both cores busy; each file still
    // gets a fresh process (isolation kept: several tests install jsdom globals and set the tfjs backend).
    maxWorkers: 2,
  },
});
