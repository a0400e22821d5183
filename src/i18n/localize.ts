/** Side-by-side text helpers: build a value once per language, or pick one language's string out of `{ fr, en }`. */
import { languages, type Lang, type Localized } from './lang.ts';

/** A function that picks `lang`'s value out of side-by-side text: `pick('fr')({ fr: 'oui', en: 'yes' })` is 'oui'. */
export function pick(lang: Lang): <T>(text: Localized<T>) => T {
  return (text) => text[lang];
}

/** Run a per-language builder for every language: `byLanguage(body)` is `{ fr: body('fr'), en: body('en') }`. */
export function byLanguage<T>(build: (lang: Lang) => T): Localized<T> {
  const out = {} as Localized<T>;
  for (const lang of languages) out[lang] = build(lang);
  return out;
}
