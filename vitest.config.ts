import { defineConfig } from 'vitest/config';
import { highlightPlugin } from './scripts/build/highlightPlugin.ts';
import { notebookCellsPlugin } from './scripts/build/notebookCellsPlugin.ts';

export default defineConfig({
  plugins: [highlightPlugin(), notebookCellsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
