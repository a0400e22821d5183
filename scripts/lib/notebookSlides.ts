/** The model-building cells the deck's slides show: code cells tagged `slide:<name>`, solution markers removed. */
import { sourceText, type Notebook } from './notebookFile.ts';
import { withoutMarkers } from './notebookStudent.ts';

/** Prefix of the tags that name a slide's code cell (`slide:encoder`, `slide:decoder`, `slide:vae`, `slide:loss`, `slide:train`). */
export const SLIDE_TAG = 'slide:';

/** One tagged cell: its code (markers removed), its position and the title of the notebook section it sits in. */
export interface SlideCell {
  /** The tag without its prefix (`encoder`). */
  name: string;
  /** The teacher's code, without the solution marker lines. */
  code: string;
  /** 1-based position of the cell in the notebook. */
  number: number;
  /** Text of the last markdown heading above the cell (`3. Construction de l’encodeur`), '' if none. */
  heading: string;
}

/** The last heading line (`## …`) of a markdown text, without its hashes; '' when it has none. */
function lastHeading(markdown: string): string {
  const headings = markdown.split('\n').filter((l) => /^#{1,6}\s/.test(l));
  return headings.length ? headings[headings.length - 1].replace(/^#+\s+/, '').trim() : '';
}

/** Every `slide:<name>` cell in notebook order; a tag used twice throws. */
export function slideCellList(nb: Notebook): SlideCell[] {
  const out: SlideCell[] = [];
  let heading = '';
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type === 'markdown') heading = lastHeading(sourceText(cell)) || heading;
    if (cell.cell_type !== 'code') return;
    for (const tag of cell.metadata.tags ?? []) {
      if (!tag.startsWith(SLIDE_TAG)) continue;
      const name = tag.slice(SLIDE_TAG.length);
      if (out.some((c) => c.name === name)) throw new Error(`two notebook cells are tagged "${tag}"`);
      out.push({ name, code: withoutMarkers(sourceText(cell)), number: i + 1, heading });
    }
  });
  return out;
}

/** Map each `slide:<name>` tag to the code of its cell (the teacher's solution, without marker lines); a tag used twice throws. */
export function slideCells(nb: Notebook): Map<string, string> {
  return new Map(slideCellList(nb).map((c) => [c.name, c.code]));
}
