/**
 * A cell of the course notebook on a slide: the code of a `slide:<name>` cell, read from the .ipynb and highlighted
 * at build time, shown whole (never scrolled nor cut) with the cell's own line numbers and a caption naming it.
 */
import type { Lang } from '../i18n/lang.ts';
import type { CodeListing } from './codeListing.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { tokensHtml } from './codeTokensHtml.ts';
import cells from '../../notebooks/vae-mnist.ipynb?slide-cells';
import './codeView.css';
import './notebookCell.css';

/** The notebook the slides quote, from the project root. */
export const NOTEBOOK_FILE = 'notebooks/vae-mnist.ipynb';

/** One tagged notebook cell as the build-time plugin gives it. */
export interface NotebookCellListing extends CodeListing {
  /** The tag without `slide:` (`encoder`). */
  name: string;
  /** 1-based position of the cell in the notebook. */
  number: number;
  /** The notebook heading the cell sits under (French, as in the notebook). */
  heading: string;
}

/** The highlighted cell tagged `slide:<name>` in the course notebook, or null when no cell has that tag. */
export function notebookCell(name: string): NotebookCellListing | null {
  return cells[name] ?? null;
}

/** What a notebook cell view shows. */
export interface NotebookCellOptions {
  /** The cell's tag without `slide:` (`encoder`, `decoder`, `vae`, `loss`). */
  cell: string;
  lang: Lang;
  /** Name the notebook heading the cell sits under in the caption (default true; false where space is short). */
  heading?: boolean;
}

/** The caption: the notebook file, the cell's position and the heading it sits under. */
function caption(c: NotebookCellListing, lang: Lang, withHeading: boolean): string {
  const file = `<code>${escapeHtml(NOTEBOOK_FILE)}</code>`;
  const heading = withHeading ? escapeHtml(c.heading) : '';
  return lang === 'fr'
    ? `Notebook ${file}, cellule ${c.number}${heading ? ` («\u00a0${heading}\u00a0»)` : ''}`
    : `Notebook ${file}, cell ${c.number}${heading ? ` (“${heading}”)` : ''}`;
}

/** HTML of a whole notebook cell, highlighted, with its line numbers; a missing tag is reported on the slide. */
export function notebookCellHtml(opts: NotebookCellOptions): string {
  const c = notebookCell(opts.cell);
  if (!c) {
    const text = { fr: `Aucune cellule «\u00a0slide:${opts.cell}\u00a0» dans ${NOTEBOOK_FILE}`, en: `No “slide:${opts.cell}” cell in ${NOTEBOOK_FILE}` }[opts.lang];
    return `<figure class="code-view nb-cell" data-cell="${escapeHtml(opts.cell)}"><p class="code-missing" role="alert">${escapeHtml(text)}</p></figure>`;
  }
  const rows = c.lines.map((line, i) => `<span class="ln">${i + 1}</span><span class="lc">${tokensHtml(line) || ' '}</span>`);
  return `<figure class="code-view nb-cell" data-cell="${escapeHtml(c.name)}" data-lines="${c.lines.length}"><figcaption>${caption(c, opts.lang, opts.heading ?? true)}</figcaption><pre class="nb-code"><code class="code-grid">${rows.join('')}</code></pre></figure>`;
}
