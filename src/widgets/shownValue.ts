import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

/** Show a number in an element, formatted for the language (fr: decimal comma), keeping the raw value in `data-value`. */
export function setShownValue(el: HTMLElement, value: number, lang: Lang, digits = 2): void {
  el.dataset.value = Number.isFinite(value) ? String(value) : '';
  el.textContent = formatNumber(value, lang, digits);
}

/** HTML of a `<span data-value>` placeholder with a class name, to put in a slide body. */
export function shownValueHtml(className: string): string {
  return `<span class="shown-value ${className}" data-value=""></span>`;
}
