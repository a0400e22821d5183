import type { Plugin } from 'vite';
import { tex } from '../../src/deck/tex.ts';

/** A `tex('…')` or `tex('…', true|false)` call whose arguments are plain literals (no concatenation, no template). */
const LITERAL_CALL = /\btex\(\s*'((?:[^'\\\n]|\\.)*)'\s*(?:,\s*(true|false)\s*)?,?\s*\)/g;

/** The value of a single-quoted JS string's inside, or null for an escape this reader does not handle. */
function stringValue(inside: string): string | null {
  try {
    return JSON.parse(`"${inside.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  } catch {
    return null;
  }
}

/**
 * Replace every literal `tex(…)` call of a module that imports `tex` by the HTML the same function returns (KaTeX,
 * same options), as a string literal; other calls stay as they are. Returns the new code and how many were replaced.
 */
export function typesetLiteralTex(code: string): { code: string; count: number } {
  if (!/import\s*\{[^}]*\btex\b[^}]*\}\s*from\s*'[^']*\/deck\/tex\.ts'/.test(code)) return { code, count: 0 };
  let count = 0;
  const out = code.replace(LITERAL_CALL, (call: string, inside: string, display?: string) => {
    const source = stringValue(inside);
    if (source === null) return call;
    count++;
    return JSON.stringify(tex(source, display === 'true'));
  });
  return { code: out, count };
}

/**
 * Vite build plugin: the slides' formulas are typeset when the deck is built, not in the browser while it opens
 * (~100 KaTeX runs, about half of the opening's script time on a throttled phone). Same function, same output.
 */
export function texAtBuildPlugin(): Plugin {
  return {
    name: 'deck-tex-at-build',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: /\/(slides|src\/widgets|src\/deck)\/[^?]*\.ts$/ },
      handler(code) {
        const { code: out, count } = typesetLiteralTex(code);
        return count > 0 ? { code: out, map: null } : null;
      },
    },
  };
}
