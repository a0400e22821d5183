/**
 * Post-processing of the nbconvert HTML export: no script from another origin, the formulas typeset with KaTeX at
 * export time (its CSS and fonts inlined, so the page works offline), and the class's copy without solution markers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import katex from 'katex';
import { sourceLines, sourceText, type Notebook } from './notebookFile.ts';
import { withoutMarkers } from './notebookStudent.ts';

/** Drop scripts loaded from other origins (require.js, MathJax CDN) and MathJax's inline set-up: the page must work offline. */
export function cleanNotebookHtml(html: string): string {
  return html
    .replace(/<script[^>]*\bsrc="(?:https?|file):\/\/[^"]*"[^>]*>\s*<\/script>\s*/g, '')
    .replace(/<!-- Load mathjax -->[\s\S]*?<!-- End of mathjax configuration -->/, '');
}

/** The copy of an executed notebook that the HTML page shows: code cells without `// BEGIN/END SOLUTION` lines. */
export function withoutSolutionMarkers(nb: Notebook): Notebook {
  return {
    ...nb,
    cells: nb.cells.map((cell) => (cell.cell_type === 'code' ? { ...cell, source: sourceLines(withoutMarkers(sourceText(cell))) } : cell)),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/** Undo the HTML escaping nbconvert applied to the TeX source. */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]);
}

/** Typeset one formula; a TeX error names the formula instead of leaving raw TeX on the page. */
function typeset(tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(unescapeHtml(tex).trim(), { displayMode, throwOnError: true });
  } catch (err) {
    throw new Error(`KaTeX cannot typeset "${tex.trim().slice(0, 80)}": ${(err as Error).message}`);
  }
}

/**
 * Typeset the math of the rendered markdown cells (`$$…$$` displayed, `$…$` inline) with KaTeX; code cells, where
 * `$` is JavaScript, are left alone. Returns the page and the number of formulas.
 */
export function typesetMarkdownMath(html: string): { html: string; formulas: number } {
  let formulas = 0;
  const out = html.replace(/(<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>)([\s\S]*?)(<\/div>)/g, (_, open: string, body: string, close: string) => {
    // Inline code (`<code>…</code>`) keeps its dollars.
    const parts = body.split(/(<code>[\s\S]*?<\/code>)/);
    const math = parts.map((part, i) => (i % 2 === 1 ? part : part
      .replace(/\$\$([\s\S]+?)\$\$/g, (_m, tex: string) => (formulas++, typeset(tex, true)))
      .replace(/(^|[^\\$])\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)/g, (_m, before: string, tex: string) => (formulas++, before + typeset(tex, false)))));
    return open + math.join('') + close;
  });
  return { html: out, formulas };
}

/** KaTeX's stylesheet with its WOFF2 fonts inlined as data: URLs (the other font formats dropped). */
export function katexInlineCss(): string {
  const cssPath = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  const fonts = join(dirname(cssPath), 'fonts');
  return readFileSync(cssPath, 'utf8').replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)[^;}]*/g, (_, name: string) => {
    const data = readFileSync(join(fonts, `${name}.woff2`)).toString('base64');
    return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
  });
}

/** The whole post-processing: offline scripts, typeset formulas, KaTeX's CSS in the head (only when there is math). */
export function finishNotebookHtml(html: string): string {
  const { html: typeset, formulas } = typesetMarkdownMath(cleanNotebookHtml(html));
  if (formulas === 0) return typeset;
  return typeset.replace('</head>', `<style>${katexInlineCss()}</style>\n</head>`);
}
