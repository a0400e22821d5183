import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import type { Notebook } from '../lib/notebookFile.ts';
import { slideCellList } from '../lib/notebookSlides.ts';
import { highlightTs } from './highlightTs.ts';

/** The import query that asks for a notebook's slide cells: `import cells from '…/vae-mnist.ipynb?slide-cells'`. */
export const SLIDE_CELLS_QUERY = 'slide-cells';

/**
 * Vite (and vitest) plugin: a notebook imported with `?slide-cells` becomes a module exporting its `slide:<name>`
 * code cells, by name, each highlighted by Shiki at build time (a NotebookCellListing). The slides read the cells
 * from the .ipynb itself, so they cannot drift from the notebook; no highlighter ships to the browser.
 */
export function notebookCellsPlugin(): Plugin {
  return {
    name: 'deck-notebook-cells',
    enforce: 'pre',
    load: {
      filter: { id: new RegExp(`\\.ipynb\\?${SLIDE_CELLS_QUERY}$`) },
      async handler(id) {
        const [path, query] = id.split('?', 2);
        if (query !== SLIDE_CELLS_QUERY) return null;
        this.addWatchFile(path);
        const nb = JSON.parse(await readFile(path, 'utf8')) as Notebook;
        const cells = Object.fromEntries(
          slideCellList(nb).map((c) => [c.name, { name: c.name, number: c.number, heading: c.heading, lines: highlightTs(c.code) }]),
        );
        return { code: `export default ${JSON.stringify(cells)};`, moduleType: 'js' };
      },
    },
  };
}
