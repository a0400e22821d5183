/** Finding what to show in a listing: a named declaration, or a span of lines between two markers. */
import { listingText, type CodeListing } from './codeListing.ts';

/** A contiguous range of source lines (1-based, inclusive). */
export interface LineRange {
  start: number;
  end: number;
}

/** A span of lines marked by text: from the first line containing `from` through the next line containing `to`. */
export interface MarkedSpan {
  from: string;
  to: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The listing's lines with comments and strings blanked (same lengths), so braces there do not count. */
function codeOnlyLines(listing: CodeListing): string[] {
  return listing.lines.map((line) =>
    line.map(([kind, text]) => (kind === 'comment' || kind === 'string' ? text.replace(/./g, ' ') : text)).join(''),
  );
}

/**
 * The lines of the declaration named `name`: `function name`, `class name`, `const name`, `interface`/`type name`,
 * or a class member `name(…)` / `get name()`, with the doc comment just above it (unless `withDoc` is false), down to
 * its closing brace (or semicolon). Null when there is no such declaration.
 */
export function findDeclaration(listing: CodeListing, name: string, withDoc = true): LineRange | null {
  const lines = codeOnlyLines(listing);
  const n = escapeRe(name);
  const topLevel = new RegExp(`^\\s*(export\\s+)?(default\\s+)?(async\\s+)?(function\\*?|class|const|let|interface|type)\\s+${n}\\b`);
  const member = new RegExp(`^\\s+((public|private|protected|static|readonly|async|override|get|set)\\s+)*${n}\\s*(<[^>]*>)?\\(`);
  const startIdx = lines.findIndex((l) => topLevel.test(l) || member.test(l));
  if (startIdx < 0) return null;
  let first = startIdx;
  // Pull in the doc comment (/** … */ or // lines) directly above the declaration.
  while (withDoc && first > 0 && listing.lines[first - 1].some(([kind]) => kind === 'comment') && !lines[first - 1].trim()) first--;
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

/** The lines of a marked span (1-based, inclusive), or null when a marker is missing. */
export function findSpan(listing: CodeListing, span: MarkedSpan): LineRange | null {
  const lines = listingText(listing);
  const start = lines.findIndex((l) => l.includes(span.from));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i >= start && l.includes(span.to));
  return end < 0 ? null : { start: start + 1, end: end + 1 };
}

/** Sorted ranges with overlapping or touching ones merged. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const merged: LineRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** The smallest count of leading spaces over the non-blank lines. */
export function commonIndent(lines: readonly string[]): number {
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, l.length - l.trimStart().length);
  return Number.isFinite(min) ? min : 0;
}
