/**
 * Browser-side step of the PowerPoint export: read the body text of every printed slide as text boxes (position,
 * size, runs with bold/italic, bullets), then make that text transparent so the slide picture carries no second
 * copy. A block with a formula, a graphic or a form control stays in the picture (PowerPoint cannot draw KaTeX).
 */

/** A run of text with its emphasis. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A box of a printed slide in CSS px relative to the 1280×720 slide, with the size and colour of its text. */
export interface SlideBox {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size in CSS px. */
  fontSize: number;
  /** 6 hex digits. */
  color: string;
}

/** One text block of a slide, in CSS px relative to the 1280×720 slide. */
export interface BodyBox extends SlideBox {
  align: 'left' | 'center' | 'right';
  bullet: boolean;
  heading: boolean;
  runs: TextRun[];
}

/** Read and hide the body text boxes of every slide, by slide id. */
export function takeBodyText(): Record<string, BodyBox[]> {
  const BLOCKS = 'p, li, h2, h3, h4, figcaption, dt, dd, th, td, blockquote';
  const LIVE = '.chart-host, svg, canvas, .katex, input, button, select, textarea, output, pre, code, .shown-value, .page-number';
  const hex = (css: string): string =>
    (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Math.round(Number(v)).toString(16).padStart(2, '0')).join('');
  const out: Record<string, BodyBox[]> = {};
  for (const section of Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page section[data-slide-id]'))) {
    const origin = section.getBoundingClientRect();
    const boxes: BodyBox[] = [];
    const content = section.querySelector<HTMLElement>('.slide-content') ?? section;
    for (const el of Array.from(content.querySelectorAll<HTMLElement>(BLOCKS))) {
      if (el.closest('.slide-title, .slide-section, aside.notes')) continue;
      if (el.querySelector(BLOCKS) || el.querySelector(LIVE) || el.closest(LIVE)) continue; // leaves only, no live part
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4) continue;
      const runs: TextRun[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement!;
        const ps = getComputedStyle(parent);
        if (ps.display === 'none' || parent.closest('.live-only') && getComputedStyle(parent.closest('.live-only')!).display === 'none') continue;
        const text = (n.textContent ?? '').replace(/\s+/g, ' ');
        if (!text) continue;
        const shown = ps.textTransform === 'uppercase' ? text.toLocaleUpperCase(document.documentElement.lang) : text;
        const bold = Number(ps.fontWeight) >= 600;
        const italic = ps.fontStyle === 'italic';
        const last = runs[runs.length - 1];
        if (last && last.bold === bold && last.italic === italic) last.text += shown;
        else runs.push({ text: shown, bold, italic });
      }
      if (runs.length === 0) continue;
      runs[0].text = runs[0].text.replace(/^\s+/, '');
      runs[runs.length - 1].text = runs[runs.length - 1].text.replace(/\s+$/, '');
      if (!runs.map((x) => x.text).join('').trim()) continue;
      const padL = parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
      const padR = parseFloat(cs.paddingRight) + parseFloat(cs.borderRightWidth);
      const padT = parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth);
      const padB = parseFloat(cs.paddingBottom) + parseFloat(cs.borderBottomWidth);
      const bullet = el.tagName === 'LI' && cs.listStyleType !== 'none';
      const indent = bullet ? 28 : 0;
      boxes.push({
        x: r.left - origin.left + padL - indent,
        y: r.top - origin.top + padT,
        w: r.width - padL - padR + indent,
        h: r.height - padT - padB,
        fontSize: parseFloat(cs.fontSize),
        color: hex(cs.color),
        align: cs.textAlign === 'center' ? 'center' : cs.textAlign === 'right' || cs.textAlign === 'end' ? 'right' : 'left',
        bullet,
        heading: /^H\d$/.test(el.tagName),
        runs,
      });
      el.style.setProperty('color', 'transparent', 'important');
      el.querySelectorAll<HTMLElement>('*').forEach((c) => c.style.setProperty('color', 'transparent', 'important'));
    }
    out[section.dataset.slideId ?? ''] = boxes;
  }
  return out;
}
