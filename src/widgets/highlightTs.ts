/**
 * A tiny TypeScript tokenizer and highlighter for the code shown on slides (comments, strings, numbers,
 * keywords, types, calls). Pure string work: no DOM, no dependency.
 */

/** The kinds of token the highlighter colours; 'plain' covers identifiers, punctuation and whitespace. */
export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'type' | 'call' | 'plain';

/** A run of source text of one kind. */
export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    'abstract as async await break case catch class const continue declare default delete do else enum export extends ' +
    'false finally for from function get if implements import in instanceof interface keyof let new null of private ' +
    'protected public readonly return set static super switch this throw true try type typeof undefined var void while yield'
  ).split(' '),
);

const IDENT_START = /[A-Za-z_$\u00C0-\uFFFF]/;
const IDENT_PART = /[A-Za-z0-9_$\u00C0-\uFFFF]/;

/** Index just after a quoted string starting at `i` (quote = ' " or `), honouring backslash escapes. */
function endOfString(src: string, i: number): number {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (c === '\n' && quote !== '`') return j;
    else j++;
  }
  return src.length;
}

/** Split TypeScript source into tokens whose texts concatenate back to `src` exactly. */
export function tokenizeTs(src: string): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, text: string): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind === 'plain') last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const j = end < 0 ? src.length : end;
      push('comment', src.slice(i, j));
      i = j;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const j = end < 0 ? src.length : end + 2;
      push('comment', src.slice(i, j));
      i = j;
    } else if (c === "'" || c === '"' || c === '`') {
      const j = endOfString(src, i);
      push('string', src.slice(i, j));
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next ?? ''))) {
      let j = i + 1;
      while (j < src.length && /[0-9a-fA-FxX._eE]/.test(src[j])) {
        if ((src[j] === 'e' || src[j] === 'E') && (src[j + 1] === '-' || src[j + 1] === '+')) j++;
        j++;
      }
      push('number', src.slice(i, j));
      i = j;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < src.length && IDENT_PART.test(src[j])) j++;
      const word = src.slice(i, j);
      const prev = out[out.length - 1]?.text.slice(-1);
      let kind: TokenKind = 'plain';
      if (KEYWORDS.has(word) && prev !== '.') kind = 'keyword';
      else if (/^[A-Z]/.test(word)) kind = 'type';
      else if (/^\s*(<[^>()]*>)?\s*\(/.test(src.slice(j, j + 40))) kind = 'call';
      push(kind, word);
      i = j;
    } else {
      push('plain', c);
      i++;
    }
  }
  return out;
}

/** Escape text for HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Highlight TypeScript as HTML, one string per source line (tokens that span lines, such as block
 * comments, are split so every line is self-contained). Classes: `tok-comment`, `tok-string`, …
 */
export function highlightTsLines(src: string): string[] {
  const lines: string[] = [''];
  for (const tok of tokenizeTs(src)) {
    const parts = tok.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) lines.push('');
      if (!part) return;
      const html = escapeHtml(part);
      lines[lines.length - 1] += tok.kind === 'plain' ? html : `<span class="tok-${tok.kind}">${html}</span>`;
    });
  }
  return lines;
}
