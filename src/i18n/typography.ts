/**
 * French typography: a no-break space before « : » and a narrow no-break space (U+202F) before « ; ? ! » and inside
 * guillemets, so that no colon or question mark starts a line. Applied once to every slide's French text
 * (slides/index.ts) and to the French strings slides insert at run time (Scope.t).
 */

/** No-break space, before a colon. */
export const NBSP = '\u00a0';
/** Narrow no-break space, before ; ? ! and inside « ». */
export const NNBSP = '\u202f';

/** Elements whose text is left as written: code, KaTeX's TeX source, scripts and styles. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'annotation', 'script', 'style', 'textarea']);

/** Plain French text with the breakable spaces before : ; ? ! » and after « made non-breaking. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \t\n\u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \t\n\u00a0\u202f]+([;?!»])/g, `${NNBSP}$1`)
    .replace(/«[ \t\n\u00a0\u202f]+/g, `«${NNBSP}`);
}

/** The same on HTML: only text outside tags is changed, and nothing inside code, pre or KaTeX's TeX annotation. */
export function frenchSpacingHtml(html: string): string {
  let verbatim = 0;
  return html
    .split(/(<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->)/)
    .map((part) => {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>$/.exec(part);
      if (tag) {
        if (VERBATIM.has(tag[2].toLowerCase()) && !tag[3]) verbatim = Math.max(0, verbatim + (tag[1] ? -1 : 1));
        return part;
      }
      if (part.startsWith('<!--')) return part;
      return verbatim > 0 ? part : frenchSpacing(part);
    })
    .join('');
}
