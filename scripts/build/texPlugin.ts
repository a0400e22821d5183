import type { Plugin } from 'vite';
import { loadTex, tex, texReady } from '../../src/deck/tex.ts';

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
 * same options). Each distinct formula becomes one constant declared at the top of the module (the French and English
 * bodies share most), the calls name it; other calls stay as they are. Returns the new code and how many were replaced.
 */
export function typesetLiteralTex(code: string): { code: string; count: number } {
  if (!texReady()) throw new Error('typesetLiteralTex: KaTeX is not loaded (await loadTex() first)');
  if (!/import\s*\{[^}]*\btex\b[^}]*\}\s*from\s*'[^']*\/deck\/tex\.ts'/.test(code)) return { code, count: 0 };
  const names = new Map<string, string>();
  let count = 0;
  const out = code.replace(LITERAL_CALL, (call: string, inside: string, display?: string) => {
    const source = stringValue(inside);
    if (source === null) return call;
    const html = tex(source, display === 'true');
    let name = names.get(html);
    if (name === undefined) {
      name = `__tex${names.size}`;
      names.set(html, name);
    }
    count++;
    return name;
  });
  if (count === 0) return { code, count };
  const consts = [...names].map(([html, name]) => `const ${name} = ${JSON.stringify(html)};`).join('\n');
  return { code: `${consts}\n${out}`, count };
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
    async buildStart() {
      await loadTex();
    },
    transform: {
      filter: { id: /\/(slides|src\/widgets|src\/deck)\/[^?]*\.ts$/ },
      handler(code) {
        const { code: out, count } = typesetLiteralTex(code);
        return count > 0 ? { code: out, map: null } : null;
      },
    },
  };
}
