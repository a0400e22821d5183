import { loadTex, tex, texInto, texReady } from '../deck/tex.ts';
import type { Lang } from '../i18n/lang.ts';
import { texNumber } from './texNumber.ts';

/** A KaTeX formula with numeric slots, rendered once; set() rewrites only the numbers' text (cheap while a slider moves). */
export interface LiveTex {
  set(values: readonly number[]): void;
}

/** Options of liveTex. */
export interface LiveTexOptions {
  lang: Lang;
  /** Decimals shown. */
  digits?: number;
  display?: boolean;
}

// Placeholders KaTeX keeps as one number token (one text node in the HTML and one <mn> in the MathML).
const placeholder = (i: number): string => `${9100 + i}.25`;

/** The number as KaTeX would show it: French decimal comma, a true minus sign. */
function numberText(v: number, lang: Lang, digits: number): string {
  const s = texNumber(v, lang, digits).replace('{,}', ',');
  return s.startsWith('-') ? `\u2212${s.slice(1)}` : s;
}

/**
 * Render `source(slot)` into `el`, where `slot(i)` stands for the i-th live number. Later calls to set(values)
 * update those numbers in place; if KaTeX ever splits a placeholder, it falls back to a full re-render.
 */
export function liveTex(el: HTMLElement, source: (slot: (i: number) => string) => string, opts: LiveTexOptions): LiveTex {
  const digits = opts.digits ?? 2;
  const display = opts.display ?? false;
  const real = (values: readonly number[]) => source((i) => texNumber(values[i] ?? Number.NaN, opts.lang, digits));
  const render = (): LiveTex['set'] => {
    texInto(el, source(placeholder), display);
    const slots = new Map<string, Text[]>();
    let annotation: Text | null = null;
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      if (text.parentElement?.tagName.toLowerCase() === 'annotation') annotation = text;
      else if (/^91\d\d\.25$/.test(text.data)) slots.set(text.data, [...(slots.get(text.data) ?? []), text]);
    }
    let count = 0;
    while (slots.has(placeholder(count))) count++;
    const inPlace = count > 0 && [...slots.values()].every((nodes) => nodes.length >= 1);
    return (values) => {
      if (!inPlace || values.length > count) {
        texInto(el, real(values), display);
        return;
      }
      values.forEach((v, i) => {
        const t = numberText(v, opts.lang, digits);
        for (const node of slots.get(placeholder(i)) ?? []) if (node.data !== t) node.data = t;
      });
      if (annotation) annotation.data = real(values);
    };
  };
  if (texReady()) return { set: render() };
  // KaTeX is still on its way (src/deck/tex.ts): rendered on arrival, with the last values set meanwhile
  let set: LiveTex['set'] | null = null;
  let last: readonly number[] | null = null;
  let failed = false;
  el.textContent = '';
  void loadTex().then(
    () => {
      set = render();
      if (last) set(last);
    },
    () => {
      // KaTeX could not be fetched: the formula shows its TeX source with the current values (typeset if a later
      // attempt brings KaTeX, like every pending formula of the page)
      failed = true;
      el.innerHTML = tex(real(last ?? []), display);
    },
  );
  return {
    set(values) {
      if (set) set(values);
      else {
        last = values;
        if (failed) el.innerHTML = tex(real(values), display);
      }
    },
  };
}
