import { defineConfig } from 'vitest/config';
import { highlightPlugin } from './scripts/build/highlightPlugin.ts';

export default defineConfig({
  plugins: [highlightPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
