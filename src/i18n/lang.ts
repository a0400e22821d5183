/** The languages of the deck and of everything it shows; imported by every layer, imports nothing. */

/** The languages the deck speaks; French is the default. */
export type Lang = 'fr' | 'en';

/** A value given in every language of the deck, side by side: `{ fr: '…', en: '…' }`. */
export type Localized<T = string> = Record<Lang, T>;

/** Languages in display order; the first is the default. */
export const languages: readonly Lang[] = ['fr', 'en'];

/** Read the language from a query string: `?lang=en`; anything else (missing, `xx`) gives French. */
export function langFromSearch(search: string): Lang {
  const raw = new URLSearchParams(search).get('lang')?.toLowerCase();
  return (languages as readonly string[]).includes(raw ?? '') ? (raw as Lang) : 'fr';
}

/** The other language (the toggle target). */
export function otherLang(lang: Lang): Lang {
  return languages.find((l) => l !== lang) ?? lang;
}

/** The BCP 47 locale each language formats numbers and dates with. */
export const locales: Localized = { fr: 'fr-FR', en: 'en-US' };
