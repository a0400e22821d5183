import { describe, expect, it } from 'vitest';
import { cleanNotebookHtml, finishNotebookHtml, typesetMarkdownMath, withoutSolutionMarkers } from '../../../scripts/lib/notebookHtml.ts';
import { sourceText, type Notebook } from '../../../scripts/lib/notebookFile.ts';

const md = (body: string) => `<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">${body}</div>`;
const code = (body: string) => `<div class="highlight"><pre>${body}</pre></div>`;

describe('notebook HTML export', () => {
  it('typesets $$…$$ and $…$ in markdown cells with KaTeX, and leaves code cells and inline code alone', () => {
    const page = `<html><head></head><body>${md('<p>$$z = \\mu + \\sigma \\cdot \\varepsilon$$</p><p>avec $x &lt; 1$ et <code>${a}$</code></p>')}${code('`${x} $ ${y}`')}</body></html>`;
    const { html, formulas } = typesetMarkdownMath(page);
    expect(formulas).toBe(2);
    expect(html.match(/<span class="katex-display">/g)).toHaveLength(1);
    expect(html).toContain('<annotation encoding="application/x-tex">x &lt; 1</annotation>'); // the TeX was unescaped, then escaped again by KaTeX
    expect(html).toContain('<code>${a}$</code>');
    expect(html).toContain(code('`${x} $ ${y}`'));
    expect(html).not.toContain('$$');
  });

  it('names the formula KaTeX cannot typeset instead of leaving raw TeX', () => {
    expect(() => typesetMarkdownMath(md('$$\\frac{1}{$$'))).toThrow(/KaTeX cannot typeset "\\frac\{1\}\{"/);
  });

  it('inlines KaTeX’s CSS with its fonts as data: URLs only when the page has math, and drops MathJax', () => {
    const head = '<head><!-- Load mathjax -->\n<script type="text/x-mathjax-config">init_mathjax()</script><!-- End of mathjax configuration --></head>';
    const withMath = finishNotebookHtml(`<html>${head}<body>${md('$$a^2$$')}</body></html>`);
    const style = /<style>([^<]*)<\/style>/.exec(withMath)?.[1] ?? '';
    expect(style.includes('.katex{'), 'KaTeX rules').toBe(true);
    expect(/font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\("woff2"\)\}/.test(style), 'inlined WOFF2').toBe(true);
    expect(/url\(fonts\/|mathjax/i.test(withMath), 'no font file to fetch, no MathJax').toBe(false);
    expect(finishNotebookHtml(`<html><head></head><body>${md('pas de formule')}</body></html>`)).not.toContain('<style>');
  });

  it('drops scripts from other origins or the local disk, keeps inline ones', () => {
    const html = '<script src="https://cdn.example/require.js"></script>\n<script src="file:///x.js"></script><script>ok()</script>';
    expect(cleanNotebookHtml(html)).toBe('<script>ok()</script>');
  });

  it('the page shows the teacher code without // BEGIN/END SOLUTION lines; markdown and outputs untouched', () => {
    const nb: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '// BEGIN SOLUTION dans un texte' },
        { cell_type: 'code', metadata: {}, source: 'a;\n  // BEGIN SOLUTION\n  b;\n  // END SOLUTION\nc;', outputs: [{ output_type: 'stream', text: 'x' }], execution_count: 1 },
      ],
    };
    const shown = withoutSolutionMarkers(nb);
    expect(sourceText(shown.cells[1])).toBe('a;\n  b;\nc;');
    expect(shown.cells[1].outputs).toEqual([{ output_type: 'stream', text: 'x' }]);
    expect(shown.cells[0]).toBe(nb.cells[0]);
    expect(sourceText(nb.cells[1])).toContain('BEGIN SOLUTION'); // the executed notebook itself is not modified
  });
});
