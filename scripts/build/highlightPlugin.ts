import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { highlightTs } from './highlightTs.ts';

/** The import query that asks for a highlighted listing: `import listing from './file.ts?highlight'`. */
export const HIGHLIGHT_QUERY = 'highlight';

/**
 * Vite (and vitest) plugin: a TypeScript file imported with `?highlight` becomes a module exporting its lines as
 * [kind, text] tokens (a CodeListing), highlighted by Shiki at build time, so no highlighter ships to the browser.
 */
export function highlightPlugin(): Plugin {
  return {
    name: 'deck-highlight-ts',
    enforce: 'pre',
    load: {
      // The filter lets the bundler skip this hook for every other module (no JavaScript call per module).
      filter: { id: new RegExp(`\\?${HIGHLIGHT_QUERY}$`) },
      async handler(id) {
        const [path, query] = id.split('?', 2);
        if (query !== HIGHLIGHT_QUERY) return null;
        this.addWatchFile(path);
        const lines = highlightTs(await readFile(path, 'utf8'));
        return { code: `export default ${JSON.stringify({ lines })};`, moduleType: 'js' };
      },
    },
  };
}
