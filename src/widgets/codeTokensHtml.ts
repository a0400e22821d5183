/** Highlighted tokens as HTML, shared by the source listings and the notebook cells. */
import type { CodeToken } from './codeListing.ts';
import { escapeHtml } from '../escapeHtml.ts';

/** HTML of one line of tokens, without its first `indent` spaces. */
export function tokensHtml(tokens: readonly CodeToken[], indent = 0): string {
  let drop = indent;
  let html = '';
  for (const [kind, raw] of tokens) {
    let text = raw;
    if (drop > 0) {
      const spaces = /^ */.exec(text)![0].length;
      const cut = Math.min(drop, spaces);
      text = text.slice(cut);
      drop = cut < spaces || text ? 0 : drop - cut;
    }
    if (!text) continue;
    html += kind === 'plain' ? escapeHtml(text) : `<span class="tok-${kind}">${escapeHtml(text)}</span>`;
  }
  return html;
}
