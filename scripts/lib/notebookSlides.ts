/** The model-building cells the deck's slides show: code cells tagged `slide:<name>`, solution markers removed. */
import { sourceText, type Notebook } from './notebookFile.ts';
import { withoutMarkers } from './notebookStudent.ts';

/** Prefix of the tags that name a slide's code cell (`slide:encoder`, `slide:decoder`, `slide:vae`, `slide:loss`, `slide:train`). */
export const SLIDE_TAG = 'slide:';

/** Map each `slide:<name>` tag to the code of its cell (the teacher's solution, without marker lines); a tag used twice throws. */
export function slideCells(nb: Notebook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const cell of nb.cells) {
    if (cell.cell_type !== 'code') continue;
    for (const tag of cell.metadata.tags ?? []) {
      if (!tag.startsWith(SLIDE_TAG)) continue;
      const name = tag.slice(SLIDE_TAG.length);
      if (cells.has(name)) throw new Error(`two notebook cells are tagged "${tag}"`);
      cells.set(name, withoutMarkers(sourceText(cell)));
    }
  }
  return cells;
}
