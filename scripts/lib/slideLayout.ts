/** Browser-side steps of the PowerPoint export: read each printed slide's title geometry and notes, hide the title text. */

/** A text element of a slide, positioned in CSS px relative to the 1280×720 slide. */
export interface SlideText {
  /** The text as shown (CSS text-transform applied). */
  text: string;
  /** The text as written in the slide. */
  plain: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size in CSS px. */
  fontSize: number;
  bold: boolean;
  /** Colour as 6 hex digits (no #). */
  color: string;
  align: 'left' | 'center' | 'right';
}

/** What the export needs from one slide of the print layout. */
export interface SlideInfo {
  id: string;
  title: SlideText;
  /** The small section label above the title (absent on the title slide and the agenda). */
  section: SlideText | null;
  /** Speaker notes as plain text, paragraphs separated by blank lines. */
  notes: string;
  /** The same notes as paragraphs of runs (bold labels and emphasis kept), for PowerPoint's notes. */
  notesParagraphs: { text: string; bold: boolean; italic: boolean }[][];
}

/** The picture frame around each 1280×720 slide, in CSS px. */
export interface ShotFrame {
  padX: number;
  padY: number;
  width: number;
  height: number;
}

/**
 * In the print layout, put every slide (at its on-screen size, 1280×720) in a white page of `frame` size at
 * (padX, padY), read its title, section label and notes, then make the title and label text transparent (their
 * rule and spacing stay) so the screenshot carries no second copy of the real-text title.
 */
export function prepareSlidesForShots(frame: ShotFrame): SlideInfo[] {
  const style = document.createElement('style');
  style.textContent =
    'html.reveal-print .reveal .slides section[data-slide-id]{height:720px!important;background:#fff}' +
    `html.reveal-print .reveal .pdf-page{width:${frame.width}px;overflow:hidden;background:#fff}`;
  document.head.append(style);
  document.body.style.width = `${frame.width}px`;
  for (const page of Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page'))) {
    page.style.height = `${frame.height}px`;
    const section = page.querySelector<HTMLElement>('section[data-slide-id]');
    if (section) Object.assign(section.style, { left: `${frame.padX}px`, top: `${frame.padY}px` });
  }
  const hex = (css: string): string => {
    const m = css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0'];
    return m
      .slice(0, 3)
      .map((v) => Math.round(Number(v)).toString(16).padStart(2, '0'))
      .join('');
  };
  const read = (el: HTMLElement | null, origin: DOMRect): SlideText | null => {
    if (!el) return null;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const padBottom = parseFloat(cs.paddingBottom) + parseFloat(cs.borderBottomWidth);
    const raw = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const align = cs.textAlign === 'center' ? 'center' : cs.textAlign === 'right' || cs.textAlign === 'end' ? 'right' : 'left';
    return {
      text: cs.textTransform === 'uppercase' ? raw.toLocaleUpperCase(document.documentElement.lang) : raw,
      plain: raw,
      x: r.left - origin.left + parseFloat(cs.paddingLeft),
      y: r.top - origin.top + parseFloat(cs.paddingTop),
      w: r.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
      h: r.height - parseFloat(cs.paddingTop) - padBottom,
      fontSize: parseFloat(cs.fontSize),
      bold: Number(cs.fontWeight) >= 600,
      color: hex(cs.color),
      align,
    };
  };
  const notesText = (aside: HTMLElement | null): string => {
    if (!aside) return '';
    const copy = aside.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.katex').forEach((k) => k.replaceWith(k.querySelector('annotation')?.textContent ?? k.textContent ?? ''));
    copy.querySelectorAll('li').forEach((li) => li.prepend('• '));
    copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    copy.querySelectorAll('p, li, div, ul, ol, h1, h2, h3, h4').forEach((block) => block.append('\n\n'));
    return (copy.textContent ?? '')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  };
  const notesParagraphs = (aside: HTMLElement | null): SlideInfo['notesParagraphs'] => {
    if (!aside) return [];
    const copy = aside.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.katex').forEach((k) => k.replaceWith(k.querySelector('annotation')?.textContent ?? k.textContent ?? ''));
    const leaves = Array.from(copy.querySelectorAll<HTMLElement>('p, li, h3, h4')).filter((b) => !b.querySelector('p, li'));
    const blocks: HTMLElement[] = leaves.length ? leaves : [copy];
    return blocks
      .map((block) => {
        const runs: SlideInfo['notesParagraphs'][number] = block.tagName === 'LI' ? [{ text: '• ', bold: false, italic: false }] : [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n.textContent ?? '').replace(/\s+/g, ' ');
          const bold = !!n.parentElement?.closest('strong, b, h3, h4');
          const italic = !!n.parentElement?.closest('em, i');
          const last = runs[runs.length - 1];
          if (last && last.bold === bold && last.italic === italic) last.text += text;
          else if (text) runs.push({ text, bold, italic });
        }
        if (runs.length) {
          runs[0].text = runs[0].text.replace(/^\s+/, '');
          runs[runs.length - 1].text = runs[runs.length - 1].text.replace(/\s+$/, '');
        }
        return runs.filter((r) => r.text);
      })
      .filter((runs) => runs.length > 0);
  };
  const sections = Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page section[data-slide-id]'));
  const infos = sections.map((section) => {
    const origin = section.getBoundingClientRect();
    return {
      id: section.dataset.slideId ?? '',
      title: read(section.querySelector<HTMLElement>('.slide-title'), origin)!,
      section: read(section.querySelector<HTMLElement>('.slide-section'), origin),
      notes: notesText(section.querySelector<HTMLElement>('aside.notes')),
      notesParagraphs: notesParagraphs(section.querySelector<HTMLElement>('aside.notes')),
    };
  });
  const hide = document.createElement('style');
  hide.textContent = 'html.reveal-print .reveal .slide-title, html.reveal-print .reveal .slide-section{color:transparent!important}';
  document.head.append(hide);
  return infos;
}
