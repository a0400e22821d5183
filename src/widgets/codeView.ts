/**
 * Source code on a slide: declarations (functions, methods, classes) picked out of a real module, shown with the
 * colours computed at build time (see codeListings.ts) and the file's own line numbers.
 */
import type { Lang } from '../i18n/lang.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { tokensHtml } from './codeTokensHtml.ts';
import { commonIndent, findDeclaration, findSpan, mergeRanges, type LineRange, type MarkedSpan } from './codeDeclarations.ts';
import { listingFor } from './codeListings.ts';
import { listingText } from './codeListing.ts';
import { codeText } from './codeText.ts';
import './codeView.css';

export { fitCodeViewsForPrint } from './codePrintFit.ts';
export { tokensHtml } from './codeTokensHtml.ts';

/** What a code view shows. */
export interface CodeViewOptions {
  /** Path of the quoted file from the project root, e.g. 'src/model/loss.ts' (listed in codeListings.ts). */
  file: string;
  /** The module's text as imported with `?raw`: no longer needed (the listing is found by `file`) and ignored. */
  source?: string;
  /** Declarations to show; separate excerpts are joined by a "⋮" row, in file order. */
  symbols: string[];
  /** Extra spans of lines marked by text (e.g. part of a constructor). */
  spans?: MarkedSpan[];
  /** Include the doc comment above each declaration (default true). */
  docs?: boolean;
  lang: Lang;
}

/**
 * HTML of a highlighted, scrollable excerpt of a source file, with the file's own line numbers.
 * A symbol (or a file) that is not found is reported in the view itself, in the slide's language, rather than hidden.
 */
export function codeViewHtml(opts: CodeViewOptions): string {
  const listing = listingFor(opts.file) ?? { lines: [] };
  const found: { name: string; range: LineRange | null }[] = [
    ...opts.symbols.map((s) => ({ name: s, range: findDeclaration(listing, s, opts.docs ?? true) })),
    ...(opts.spans ?? []).map((sp) => ({ name: `${sp.from} … ${sp.to}`, range: findSpan(listing, sp) })),
  ];
  const merged = mergeRanges(found.flatMap((f) => (f.range ? [f.range] : [])));
  const text = listingText(listing);
  const indent = commonIndent(merged.flatMap((r) => text.slice(r.start - 1, r.end)));
  const rows: string[] = [];
  merged.forEach((r, k) => {
    if (k > 0) rows.push('<span class="ln gap" aria-hidden="true">⋮</span><span class="lc"></span>');
    for (let i = r.start; i <= r.end; i++) rows.push(`<span class="ln">${i}</span><span class="lc">${tokensHtml(listing.lines[i - 1], indent) || ' '}</span>`);
  });
  const missing = found.filter((f) => !f.range).map((f) => f.name);
  const warn = missing.length
    ? `<p class="code-missing" role="alert">${escapeHtml(codeText.notFound[opts.lang](opts.file))}${missing.map(escapeHtml).join(', ')}</p>`
    : '';
  const where = merged.map((r) => `${r.start}–${r.end}`).join(', ');
  const caption = `<figcaption><code>${escapeHtml(opts.file)}</code> <span class="code-lines">${codeText.lines[opts.lang]} ${where}</span></figcaption>`;
  return `<figure class="code-view" data-file="${escapeHtml(opts.file)}" data-symbols="${escapeHtml(opts.symbols.join(' '))}">${caption}${warn}<pre class="code-scroll" tabindex="0" data-prevent-swipe><code class="code-grid">${rows.join('')}</code></pre></figure>`;
}
