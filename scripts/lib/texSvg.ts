/**
 * TeX → standalone SVG with MathJax (KaTeX has no SVG output): the PowerPoint export draws the slides' formulas as
 * vector images from the same TeX source the slides typeset.
 */
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

/** A formula as an SVG file: its text, and its natural size in CSS px (1 em = `em` px). */
export interface TexSvg {
  svg: string;
  width: number;
  height: number;
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
// without noundefined, an unknown macro is an error (not red text in the picture)
const doc = mathjax.document('', {
  InputJax: new TeX({ packages: AllPackages.filter((p: string) => p !== 'bussproofs' && p !== 'noundefined'), formatError: (_jax: unknown, err: Error) => { throw err; } }),
  OutputJax: new SVG({ fontCache: 'local' }),
});

/**
 * Typeset `tex` (display or inline) as a standalone SVG drawn in `color` (6 hex digits), at `em` px per em.
 * Throws with MathJax's message when the TeX is not understood.
 */
export function texToSvg(tex: string, display: boolean, color: string, em = 32): TexSvg {
  const node = doc.convert(tex, { display, em, ex: em / 2, containerWidth: 80 * em });
  let svg: string = adaptor.innerHTML(node);
  const size = (attr: string): number => {
    const m = new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)ex"`).exec(svg);
    if (!m) throw new Error(`MathJax gave no ${attr} for "${tex}"`);
    return Number(m[1]) * (em / 2);
  };
  const width = size('width');
  const height = size('height');
  svg = svg
    .replace(/(<svg[^>]*\s)width="[\d.]+ex"/, `$1width="${width.toFixed(2)}px"`)
    .replace(/(<svg[^>]*\s)height="[\d.]+ex"/, `$1height="${height.toFixed(2)}px"`)
    .replace(/\sstyle="vertical-align:[^"]*"/, '')
    .replace(/currentColor/g, `#${color}`);
  if (/<(mjx-)?merror|data-mjx-error/.test(svg)) throw new Error(`MathJax could not typeset "${tex}"`);
  return { svg: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${svg}`, width, height };
}
