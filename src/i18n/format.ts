/** Numbers as each language writes them. */
import { locales, type Lang } from './lang.ts';

/** One Intl.NumberFormat per language and number of decimals: building one costs more than a slider redraw can spare. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Format a number for display in the given language (French uses a decimal comma). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${lang}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  // the typographic minus sign (U+2212), as d3's axes and KaTeX write it, not the hyphen Intl gives
  return format.format(Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).replace('-', '−'); // −0,001 shows 0,00
}
