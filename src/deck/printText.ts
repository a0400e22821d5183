/**
 * Text that differs on screen and on paper: a live-only instruction ("Survolez…") and what the printed picture
 * shows instead. Both are in the slide's HTML; print.css shows one of them (reveal.js marks print mode with
 * `html.reveal-print`), so the PDF and the PowerPoint pictures read the print version.
 */
import './printText.css';

/** `live` on screen, `print` in the handout and the PowerPoint (inline HTML, same language). */
export function liveOrPrint(live: string, print: string): string {
  return `<span class="live-only">${live}</span><span class="print-only">${print}</span>`;
}
