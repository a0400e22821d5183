/** Post-processing of the nbconvert HTML export. */

/** Drop scripts loaded from other origins (require.js, MathJax CDN): the page must work offline. */
export function cleanNotebookHtml(html: string): string {
  return html.replace(/<script[^>]*\bsrc="(?:https?|file):\/\/[^"]*"[^>]*>\s*<\/script>\s*/g, '');
}
