import katex from 'katex';

/** Render a TeX formula to an HTML string with the bundled KaTeX (no CDN); `display` for a centred block. */
export function tex(source: string, display = false): string {
  return katex.renderToString(source, {
    displayMode: display,
    throwOnError: true,
    strict: 'error',
    output: 'htmlAndMathml',
  });
}

/** Render a TeX formula into an element (for values that change live). */
export function texInto(el: HTMLElement, source: string, display = false): void {
  katex.render(source, el, { displayMode: display, throwOnError: true, strict: 'error', output: 'htmlAndMathml' });
}
