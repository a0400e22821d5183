import katex from 'katex';

// The slides typeset 420 formulas when the deck loads but only 108 distinct ones (the French and English bodies share
// most): each is typeset once. KaTeX's output depends on nothing but the source and the display flag.
const typeset = new Map<string, string>();

/** Render a TeX formula to an HTML string with the bundled KaTeX (no CDN); `display` for a centred block. */
export function tex(source: string, display = false): string {
  const key = `${display ? 'D' : 'I'}${source}`;
  let html = typeset.get(key);
  if (html === undefined) {
    html = katex.renderToString(source, { displayMode: display, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
    typeset.set(key, html);
  }
  return html;
}

/** Render a TeX formula into an element (for values that change live). */
export function texInto(el: HTMLElement, source: string, display = false): void {
  katex.render(source, el, { displayMode: display, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
}
