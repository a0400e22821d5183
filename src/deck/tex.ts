/**
 * TeX formulas typeset with the bundled KaTeX (no CDN). KaTeX is its own chunk (75 KB gzip), loaded once the first
 * slide has painted: the formulas written as literals are typeset at build time anyway (scripts/build/texPlugin.ts), so the
 * opening only needs it for the few formulas built at run time. A formula asked for before KaTeX has arrived is written
 * as a pending placeholder (its TeX source, class `tex-pending`) and typeset in place as soon as it arrives.
 */
import type katexModule from 'katex';
import { escapeHtml } from '../escapeHtml.ts';

type Katex = typeof katexModule;

let katex: Katex | null = null;
let loading: Promise<void> | null = null;

/** Class of a formula written before KaTeX was loaded (typeset by typesetPending). */
export const TEX_PENDING = 'tex-pending';

/**
 * Load KaTeX once; resolves when tex() typesets. Then every pending formula of the document is typeset. A failed load
 * (the chunk could not be fetched) leaves the placeholders showing their TeX source, and the next call tries again.
 * `load` is the import itself (a test passes one that fails).
 */
export function loadTex(load: () => Promise<{ default: Katex }> = () => import('katex')): Promise<void> {
  loading ??= load().then(
    (m) => {
      katex = m.default;
      if (typeof document !== 'undefined') typesetPending(document);
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** Whether KaTeX is loaded (tex() typesets, texInto works). */
export function texReady(): boolean {
  return katex !== null;
}

// The slides typeset 420 formulas when the deck loads but only 108 distinct ones (the French and English bodies share
// most): each is typeset once. KaTeX's output depends on nothing but the source and the display flag.
const typeset = new Map<string, string>();

/**
 * Render a TeX formula to an HTML string; `display` for a centred block. Before KaTeX is loaded: a placeholder that
 * typesetPending (called by the deck for every slide it writes, and on the whole page once KaTeX arrives) replaces.
 */
export function tex(source: string, display = false): string {
  if (!katex) {
    void loadTex().catch(() => undefined);
    return `<span class="${TEX_PENDING}" data-tex="${escapeHtml(source)}" data-display="${String(display)}">${escapeHtml(source)}</span>`;
  }
  const key = `${display ? 'D' : 'I'}${source}`;
  let html = typeset.get(key);
  if (html === undefined) {
    html = katex.renderToString(source, { displayMode: display, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
    typeset.set(key, html);
  }
  return html;
}

/** Typeset the pending formulas under `root` (nothing until KaTeX is loaded). */
export function typesetPending(root: ParentNode): void {
  if (!katex) return;
  for (const el of root.querySelectorAll<HTMLElement>(`.${TEX_PENDING}`)) el.outerHTML = tex(el.dataset.tex ?? '', el.dataset.display === 'true');
}

/** Render a TeX formula into an element (for values that change live); KaTeX must be loaded (await loadTex()). */
export function texInto(el: HTMLElement, source: string, display = false): void {
  if (!katex) throw new Error('texInto before KaTeX was loaded: await loadTex() first');
  katex.render(source, el, { displayMode: display, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
}
