import type { Lang } from '../i18n/lang.ts';

/** A number as TeX source for the language: fixed decimals, French decimal comma as `{,}` (no extra space). */
export function texNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '\\text{n/a}';
  const s = (Object.is(Math.round(value * 10 ** digits), -0) ? 0 : value).toFixed(digits);
  return lang === 'fr' ? s.replace('.', '{,}') : s;
}
