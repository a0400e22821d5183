/**
 * Charts are drawn for a 1280×720 slide (an SVG with a viewBox, 18–20 user units of text) and, on a phone, shrink to
 * the screen's width: a 700-unit chart in a 362 px column draws its tick labels at ~9 px. While the phone layout is on,
 * applySvgTextFloor keeps every SVG text of a slide at least `minPx` screen pixels high by enlarging it in user units
 * (its own size is kept in `data-base-font` and put back when the floor is no longer needed or the layout goes off).
 */

/** The attribute keeping a text's own font size (CSS px) while the floor enlarges it. */
const BASE = 'data-base-font';

/** Screen px per user unit for an SVG graphics element (1 when it is not laid out). */
function screenScale(el: SVGGraphicsElement): number {
  const m = el.getScreenCTM();
  const k = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 0;
  return Number.isFinite(k) && k > 0 ? k : 1;
}

/** Enlarge (or give back the size of) every <text> under `root` so it draws at ≥ minPx screen pixels. */
export function applySvgTextFloor(root: ParentNode, minPx: number): void {
  for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
    if (text.closest('.katex')) continue;
    let base = Number(text.getAttribute(BASE));
    if (!base) {
      base = parseFloat(getComputedStyle(text).fontSize);
      if (!Number.isFinite(base) || base <= 0) continue;
    }
    const scale = screenScale(text);
    const want = minPx / scale;
    if (want > base + 0.01) {
      text.setAttribute(BASE, String(base));
      text.style.fontSize = `${want.toFixed(2)}px`;
    } else if (text.hasAttribute(BASE)) {
      clearSvgTextFloor(text);
    }
  }
}

/** Give every text under `root` its own size back. */
export function clearSvgTextFloor(root: ParentNode | SVGTextElement): void {
  const texts = root instanceof SVGTextElement ? [root] : [...root.querySelectorAll<SVGTextElement>(`text[${BASE}]`)];
  for (const text of texts) {
    text.style.removeProperty('font-size');
    text.removeAttribute(BASE);
  }
}
