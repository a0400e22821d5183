/** The kinds of token a code listing colours; 'plain' covers identifiers, operators, punctuation and spaces. */
export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'type' | 'call' | 'plain';

/** A run of source text of one kind. */
export type CodeToken = [kind: TokenKind, text: string];

/** A source file highlighted at build time (`import x from '…/file.ts?highlight'`): one token list per line. */
export interface CodeListing {
  lines: CodeToken[][];
}

/** The text of a listing's lines, as in the file. */
export function listingText(listing: CodeListing): string[] {
  return listing.lines.map((line) => line.map((t) => t[1]).join(''));
}
