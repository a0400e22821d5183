import type { Lang, Localized } from './types.ts';

/** Languages in display order; the first is the default. */
export const languages: readonly Lang[] = ['fr', 'en'];

/** Read the language from a query string: `?lang=en`; anything else (missing, `xx`) gives French. */
export function langFromSearch(search: string): Lang {
  const raw = new URLSearchParams(search).get('lang')?.toLowerCase();
  return (languages as readonly string[]).includes(raw ?? '') ? (raw as Lang) : 'fr';
}

/** The other language (the toggle target). */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Strings of the deck's own interface (not of a slide). */
export const ui = {
  toggleLabel: { fr: 'Switch to English (touche L)', en: 'Passer en français (key L)' },
  toggleText: { fr: 'EN', en: 'FR' },
  previewNotice: {
    fr: 'Aperçu : la démonstration tourne sur l’écran principal.',
    en: 'Preview: the live demo runs on the main screen.',
  },
  mountFailed: {
    fr: 'Cette partie interactive n’a pas pu démarrer :',
    en: 'This interactive part could not start:',
  },
  agendaTitle: { fr: 'Plan', en: 'Outline' },
  deckTitle: { fr: 'Les autoencodeurs variationnels (VAE)', en: 'Variational autoencoders (VAE)' },
  slideLabel: { fr: 'Diapositive', en: 'Slide' },
} satisfies Record<string, Localized>;

/** One Intl.NumberFormat per language and number of decimals: building one costs more than a slider redraw can spare. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Format a number for display in the given language (French uses a decimal comma). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const key = `${lang}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  // the typographic minus sign (U+2212), as d3's axes and KaTeX write it, not the hyphen Intl gives
  return format.format(Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).replace('-', '−'); // −0,001 shows 0,00
}
