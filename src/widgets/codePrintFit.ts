/** Fitting code listings to a printed page, where they cannot scroll. */
import type { Slide } from '../deck/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { codeText } from './codeText.ts';

/** Height of a slide in CSS px (the deck's reveal.js `height`). */
const SLIDE_HEIGHT = 720;

/** Merge sorted line numbers into "a–b, c–d" ranges. */
export function lineRangesText(numbers: readonly number[]): string {
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const n of numbers) {
    if (start >= 0 && n === prev + 1) prev = n;
    else {
      if (start >= 0) out.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = prev = n;
    }
  }
  if (start >= 0) out.push(start === prev ? `${start}` : `${start}–${prev}`);
  return out.join(', ');
}

/**
 * On paper a listing cannot scroll: drop whole source lines from the end of each code view in `el` until the
 * listing fits both its own max-height and the slide's 720 px, end it with a "⋮" row saying where the rest
 * is, and make the caption name the lines actually shown. Resolves once the fonts are in (it measures).
 */
export async function fitCodeViewsForPrint(el: HTMLElement, lang: Lang): Promise<void> {
  await document.fonts?.ready;
  const section = el.closest('section') ?? el;
  const sRect = section.getBoundingClientRect();
  const scale = section.offsetWidth > 0 ? sRect.width / section.offsetWidth : 1;
  const slideBottom = sRect.top + (SLIDE_HEIGHT - 14) * scale;
  // Share the free space under the lowest listing among the listings cut by their max-height.
  const pres = Array.from(el.querySelectorAll<HTMLElement>('.code-view pre.code-scroll'));
  const clipped = pres.filter((p) => p.scrollHeight > p.clientHeight + 1);
  const free = (slideBottom - Math.max(...pres.map((p) => p.getBoundingClientRect().bottom))) / scale;
  if (free > 0 && clipped.length) {
    for (const p of clipped) p.style.maxHeight = `${p.offsetHeight + Math.floor(free / clipped.length)}px`;
  }
  for (const view of el.querySelectorAll<HTMLElement>('.code-view')) {
    const pre = view.querySelector<HTMLElement>('pre.code-scroll');
    const grid = pre?.querySelector<HTMLElement>('code.code-grid');
    if (!pre || !grid) continue;
    const pad = parseFloat(getComputedStyle(pre).paddingBottom) || 0;
    const rowOf = (i: number): [Element, Element] => [grid.children[i], grid.children[i + 1]];
    // Measured once: the pre shrinks as lines go, so its bottom is no limit after the first removal.
    const limit = Math.min(pre.getBoundingClientRect().bottom - pad * scale, slideBottom) - 1;
    const lastBottom = (): number => grid.lastElementChild?.getBoundingClientRect().bottom ?? 0;
    if (lastBottom() <= limit) continue;
    const all = Array.from(grid.querySelectorAll('.ln:not(.gap)'), (n) => Number(n.textContent));
    const reserve = (grid.lastElementChild?.getBoundingClientRect().height ?? 24) + 2 * scale; // room for the "⋮" row
    while (grid.children.length >= 2 && lastBottom() > limit - reserve) {
      const [ln, lc] = rowOf(grid.children.length - 2);
      ln.remove();
      lc.remove();
    }
    // Never end on a gap or a blank line.
    while (grid.children.length >= 2) {
      const [ln, lc] = rowOf(grid.children.length - 2);
      if (!ln.classList.contains('gap') && (lc.textContent ?? '').trim()) break;
      ln.remove();
      lc.remove();
    }
    const shown = Array.from(grid.querySelectorAll('.ln:not(.gap)'), (n) => Number(n.textContent));
    const hidden = all.filter((n) => !shown.includes(n));
    if (hidden.length) {
      grid.insertAdjacentHTML(
        'beforeend',
        `<span class="ln gap" aria-hidden="true">⋮</span><span class="lc code-more">${codeText.continued[lang](lineRangesText(hidden))}</span>`,
      );
    }
    const lines = view.querySelector('.code-lines');
    if (lines) lines.textContent = `${codeText.lines[lang]} ${lineRangesText(shown)}`;
    pre.style.overflow = 'hidden';
    view.dataset.printFit = String(shown.length);
  }
}

