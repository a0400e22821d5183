/**
 * Build-time TypeScript highlighting with Shiki (the TextMate grammar VS Code uses): source text in, lines of
 * [kind, text] tokens out. Runs in Node (Vite plugin, vitest); nothing of it reaches the browser.
 */
import { createHighlighterCoreSync, type ThemeRegistrationRaw } from '@shikijs/core';
import { createJavaScriptRegexEngine } from '@shikijs/engine-javascript';
import typescript from '@shikijs/langs/typescript';
import type { CodeToken, TokenKind } from '../../src/widgets/codeListing.ts';

/** Each kind gets a placeholder colour in a theme of our own, so that Shiki's theme matching picks the kind. */
const kindColour: Record<TokenKind, string> = {
  plain: '#000000',
  comment: '#000001',
  string: '#000002',
  number: '#000003',
  keyword: '#000004',
  type: '#000005',
  call: '#000006',
};

/** TextMate scope selectors per kind; a deeper or more specific selector wins, as in an editor theme. */
const rules: [TokenKind, string[]][] = [
  ['comment', ['comment', 'punctuation.definition.comment']],
  ['string', ['string', 'punctuation.definition.string', 'string.regexp', 'string.regexp keyword', 'string.regexp keyword.operator', 'string.regexp keyword.control', 'string.regexp constant', 'string.regexp punctuation', 'string.regexp support']],
  ['number', ['constant.numeric', 'constant.numeric storage', 'constant.numeric storage.type.numeric', 'constant.numeric keyword']],
  ['keyword', ['keyword', 'storage', 'storage.type', 'storage.modifier', 'constant.language', 'variable.language', 'keyword.operator.new', 'keyword.operator.expression', 'punctuation.definition.template-expression']],
  ['plain', ['keyword.operator', 'storage.type.function.arrow', 'meta.template.expression', 'punctuation']],
  ['type', ['entity.name.type', 'entity.name.class', 'entity.other.inherited-class', 'support.type', 'support.class']],
  ['call', ['entity.name.function', 'support.function']],
];

const theme: ThemeRegistrationRaw = {
  name: 'deck-token-kinds',
  type: 'light',
  settings: [
    { settings: { foreground: kindColour.plain, background: '#ffffff' } },
    ...rules.map(([kind, scope]) => ({ scope, settings: { foreground: kindColour[kind] } })),
  ],
};

const kindOf = new Map(Object.entries(kindColour).map(([kind, colour]) => [colour, kind as TokenKind]));

let highlighter: ReturnType<typeof createHighlighterCoreSync> | null = null;

/** Tokenise TypeScript into lines of [kind, text] tokens; joining every line's texts with '\n' gives `src` back. */
export function highlightTs(src: string): CodeToken[][] {
  highlighter ??= createHighlighterCoreSync({ themes: [theme], langs: [typescript], engine: createJavaScriptRegexEngine() });
  // No time limit: Shiki's default (500 ms a line) is spent compiling the grammar's regexes on the first line of a
  // busy 2-core machine, and a line cut short comes back as one plain token.
  const tokens = highlighter.codeToTokensBase(src, { lang: 'typescript', theme: theme.name!, tokenizeTimeLimit: 0 });
  return tokens.map((line) => {
    const out: CodeToken[] = [];
    for (const t of line) {
      const kind = kindOf.get((t.color ?? '').toLowerCase().slice(0, 7)) ?? 'plain';
      const last = out[out.length - 1];
      if (last && last[0] === kind) last[1] += t.content;
      else out.push([kind, t.content]);
    }
    return out;
  });
}
