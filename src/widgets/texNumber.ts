import type { Lang, Localized } from '../i18n/lang.ts';

/** The decimal mark in TeX: French writes a comma (braced, so TeX adds no space after it). */
const DECIMAL_MARK: Localized = { fr: '{,}', en: '.' };

/** A number as TeX source for the language: fixed decimals, French decimal comma as `{,}` (no extra space). */
export function texNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '\\text{n/a}';
  const s = (Object.is(Math.round(value * 10 ** digits), -0) ? 0 : value).toFixed(digits);
  return s.replace('.', DECIMAL_MARK[lang]);
}
