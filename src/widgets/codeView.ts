/**
 * Source code on a slide: pick declarations (functions, methods, classes) out of a real module's text
 * (imported with Vite's `?raw`) and render them highlighted, with the file's own line numbers.
 */
import type { Slide } from '../deck/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { highlightTsLines, tokenizeTs } from './highlightTs.ts';
import './codeView.css';

/** A contiguous range of source lines (1-based, inclusive). */
export interface LineRange {
  start: number;
  end: number;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For each character of `src`, whether it lies inside a comment or a string (braces there do not count). */
function maskedText(src: string): string {
  return tokenizeTs(src)
    .map((t) => (t.kind === 'comment' || t.kind === 'string' ? t.text.replace(/[^\n]/g, ' ') : t.text))
    .join('');
}

/**
 * The lines of the declaration named `name` in `src`: `function name`, `class name`, `const name`,
 * `interface`/`type name`, or a class member `name(…)` / `get name()`, together with the doc comment just above
 * it, down to its closing brace (or semicolon). Returns null when there is no such declaration.
 */
export function findDeclaration(src: string, name: string, withDoc = true): LineRange | null {
  const masked = maskedText(src);
  const lines = masked.split('\n');
  const n = escapeRe(name);
  const topLevel = new RegExp(`^\\s*(export\\s+)?(default\\s+)?(async\\s+)?(function\\*?|class|const|let|interface|type)\\s+${n}\\b`);
  const member = new RegExp(`^\\s+((public|private|protected|static|readonly|async|override|get|set)\\s+)*${n}\\s*(<[^>]*>)?\\(`);
  const startIdx = lines.findIndex((l) => topLevel.test(l) || member.test(l));
  if (startIdx < 0) return null;
  let first = startIdx;
  const raw = src.split('\n');
  // Pull in the doc comment (/** … */ or // lines) directly above the declaration.
  while (withDoc && first > 0) {
    const above = raw[first - 1].trim();
    if (above.startsWith('//') || above.startsWith('*') || above.startsWith('/**') || above.endsWith('*/')) first--;
    else break;
  }
  let depth = 0;
  let opened = false;
  for (let li = startIdx; li < lines.length; li++) {
    const line = lines[li];
    for (let ci = 0; ci < line.length; ci++) {
      const ch = line[ci];
      if (ch === '{' || ch === '(' || ch === '[') {
        depth++;
        if (ch === '{') opened = true;
      } else if (ch === '}' || ch === ')' || ch === ']') {
        depth--;
        // The body ends at a closing brace that ends its line (a `{ … } {` return type does not).
        if (depth === 0 && opened && ch === '}' && /^\s*[;,]?\s*$/.test(line.slice(ci + 1))) return { start: first + 1, end: li + 1 };
      } else if (ch === ';' && depth === 0) {
        return { start: first + 1, end: li + 1 };
      }
    }
  }
  return { start: first + 1, end: lines.length };
}

/** A span of lines marked by text: from the first line containing `from` through the next line containing `to`. */
export interface MarkedSpan {
  from: string;
  to: string;
}

/** The lines of a marked span (1-based, inclusive), or null when a marker is missing. */
export function findSpan(src: string, span: MarkedSpan): LineRange | null {
  const lines = src.split('\n');
  const start = lines.findIndex((l) => l.includes(span.from));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i >= start && l.includes(span.to));
  return end < 0 ? null : { start: start + 1, end: end + 1 };
}

/** The smallest count of leading spaces over the non-blank lines. */
export function commonIndent(lines: readonly string[]): number {
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, l.length - l.trimStart().length);
  return Number.isFinite(min) ? min : 0;
}

/** Remove up to `n` leading spaces from a highlighted line (they may sit just inside an opening token span). */
function dedentHtml(html: string, n: number): string {
  if (n <= 0) return html;
  const m = /^(<span class="[^"]+">)?( *)/.exec(html)!;
  const open = m[1] ?? '';
  const spaces = m[2].length;
  return open + ' '.repeat(Math.max(0, spaces - n)) + html.slice(m[0].length);
}

/** What a code view shows. */
export interface CodeViewOptions {
  /** The module's full text (`import src from '../src/model/loss.ts?raw'`). */
  source: string;
  /** Path shown in the caption, e.g. 'src/model/loss.ts'. */
  file: string;
  /** Declarations to show; separate excerpts are joined by a "⋮" row, in file order. */
  symbols: string[];
  /** Extra spans of lines marked by text (e.g. part of a constructor). */
  spans?: MarkedSpan[];
  /** Include the doc comment above each declaration (default true). */
  docs?: boolean;
  lang: Lang;
}

/** Escape text for HTML. */
function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * HTML of a highlighted, scrollable excerpt of a source file, with the file's own line numbers.
 * A symbol that is not found is reported in the view itself (in the slide's language) rather than hidden.
 */
export function codeViewHtml(opts: CodeViewOptions): string {
  const lines = highlightTsLines(opts.source);
  const found = [
    ...opts.symbols.map((s) => ({ name: s, range: findDeclaration(opts.source, s, opts.docs ?? true) })),
    ...(opts.spans ?? []).map((sp) => ({ name: `${sp.from} … ${sp.to}`, range: findSpan(opts.source, sp) })),
  ];
  const ranges = found.filter((f) => f.range).map((f) => f.range!).sort((a, b) => a.start - b.start);
  const merged: LineRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const rawLines = opts.source.split('\n');
  const indent = commonIndent(merged.flatMap((r) => rawLines.slice(r.start - 1, r.end)));
  const rows: string[] = [];
  merged.forEach((r, k) => {
    if (k > 0) rows.push('<span class="ln gap" aria-hidden="true">⋮</span><span class="lc"></span>');
    for (let i = r.start; i <= r.end; i++) rows.push(`<span class="ln">${i}</span><span class="lc">${dedentHtml(lines[i - 1], indent) || ' '}</span>`);
  });
  const missing = found.filter((f) => !f.range).map((f) => f.name);
  const warn = missing.length
    ? `<p class="code-missing" role="alert">${
        opts.lang === 'fr' ? `Introuvable dans ${esc(opts.file)} : ` : `Not found in ${esc(opts.file)}: `
      }${missing.map(esc).join(', ')}</p>`
    : '';
  const where = merged.map((r) => `${r.start}–${r.end}`).join(', ');
  const caption = `<figcaption><code>${esc(opts.file)}</code> <span class="code-lines">${
    opts.lang === 'fr' ? 'lignes' : 'lines'
  } ${where}</span></figcaption>`;
  return `<figure class="code-view" data-file="${esc(opts.file)}" data-symbols="${esc(opts.symbols.join(' '))}">${caption}${warn}<pre class="code-scroll" tabindex="0" data-prevent-swipe><code class="code-grid">${rows.join('')}</code></pre></figure>`;
}

/** Height of a slide in CSS px (the deck's reveal.js `height`). */
const SLIDE_HEIGHT = 720;

/** Merge sorted line numbers into "a–b, c–d" ranges. */
export function lineRangesText(numbers: readonly number[]): string {
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const n of numbers) {
    if (start >= 0 && n === prev + 1) prev = n;
    else {
      if (start >= 0) out.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = prev = n;
    }
  }
  if (start >= 0) out.push(start === prev ? `${start}` : `${start}–${prev}`);
  return out.join(', ');
}

/**
 * On paper a listing cannot scroll: drop whole source lines from the end of each code view in `el` until the
 * listing fits both its own max-height and the slide's 720 px, end it with a "⋮" row saying where the rest
 * is, and make the caption name the lines actually shown. Resolves once the fonts are in (it measures).
 */
export async function fitCodeViewsForPrint(el: HTMLElement, lang: Lang): Promise<void> {
  await document.fonts?.ready;
  const section = el.closest('section') ?? el;
  const sRect = section.getBoundingClientRect();
  const scale = section.offsetWidth > 0 ? sRect.width / section.offsetWidth : 1;
  const slideBottom = sRect.top + (SLIDE_HEIGHT - 14) * scale;
  // Share the free space under the lowest listing among the listings cut by their max-height.
  const pres = Array.from(el.querySelectorAll<HTMLElement>('.code-view pre.code-scroll'));
  const clipped = pres.filter((p) => p.scrollHeight > p.clientHeight + 1);
  const free = (slideBottom - Math.max(...pres.map((p) => p.getBoundingClientRect().bottom))) / scale;
  if (free > 0 && clipped.length) {
    for (const p of clipped) p.style.maxHeight = `${p.offsetHeight + Math.floor(free / clipped.length)}px`;
  }
  for (const view of el.querySelectorAll<HTMLElement>('.code-view')) {
    const pre = view.querySelector<HTMLElement>('pre.code-scroll');
    const grid = pre?.querySelector<HTMLElement>('code.code-grid');
    if (!pre || !grid) continue;
    const pad = parseFloat(getComputedStyle(pre).paddingBottom) || 0;
    const rowOf = (i: number): [Element, Element] => [grid.children[i], grid.children[i + 1]];
    // Measured once: the pre shrinks as lines go, so its bottom is no limit after the first removal.
    const limit = Math.min(pre.getBoundingClientRect().bottom - pad * scale, slideBottom) - 1;
    const lastBottom = (): number => grid.lastElementChild?.getBoundingClientRect().bottom ?? 0;
    if (lastBottom() <= limit) continue;
    const all = Array.from(grid.querySelectorAll('.ln:not(.gap)'), (n) => Number(n.textContent));
    const reserve = (grid.lastElementChild?.getBoundingClientRect().height ?? 24) + 2 * scale; // room for the "⋮" row
    while (grid.children.length >= 2 && lastBottom() > limit - reserve) {
      const [ln, lc] = rowOf(grid.children.length - 2);
      ln.remove();
      lc.remove();
    }
    // Never end on a gap or a blank line.
    while (grid.children.length >= 2) {
      const [ln, lc] = rowOf(grid.children.length - 2);
      if (!ln.classList.contains('gap') && (lc.textContent ?? '').trim()) break;
      ln.remove();
      lc.remove();
    }
    const shown = Array.from(grid.querySelectorAll('.ln:not(.gap)'), (n) => Number(n.textContent));
    const hidden = all.filter((n) => !shown.includes(n));
    if (hidden.length) {
      const more = lineRangesText(hidden);
      grid.insertAdjacentHTML(
        'beforeend',
        `<span class="ln gap" aria-hidden="true">⋮</span><span class="lc code-more">${lang === 'fr' ? `suite dans le fichier (lignes ${more})` : `continued in the file (lines ${more})`}</span>`,
      );
    }
    const lines = view.querySelector('.code-lines');
    if (lines) lines.textContent = `${lang === 'fr' ? 'lignes' : 'lines'} ${lineRangesText(shown)}`;
    pre.style.overflow = 'hidden';
    view.dataset.printFit = String(shown.length);
  }
}

/** The same slide, whose mount (after the slide's own) fits its code listings to the page when printing. */
export function withPrintedCodeFit(slide: Slide): Slide {
  const own = slide.mount;
  return {
    ...slide,
    async mount(el, scope) {
      await own?.call(slide, el, scope);
      if (scope.mode === 'print' && !scope.disposed) await fitCodeViewsForPrint(el, scope.lang);
    },
  };
}
