/** Side-by-side text helpers: build a value once per language, or pick one language's string out of `{ fr, en }`. */
import { languages, type Lang, type Localized } from './lang.ts';

/** A function that picks `lang`'s value out of side-by-side text: `pick('fr')({ fr: 'oui', en: 'yes' })` is 'oui'. */
export function pick(lang: Lang): <T>(text: Localized<T>) => T {
  return (text) => text[lang];
}

/**
 * Run a per-language builder for every language: `byLanguage(body)` reads as `{ fr: body('fr'), en: body('en') }`.
 * Each value is built on its first read, then kept (see lazyLocalized): a slide's body costs nothing until the slide is
 * written, so opening the deck builds only the bodies of the slides it writes, in one language, not every body in both.
 */
export function byLanguage<T>(build: (lang: Lang) => T): Localized<T> {
  const builders = {} as Localized<() => T>;
  for (const lang of languages) builders[lang] = () => build(lang);
  return lazyLocalized(builders);
}

/**
 * `{ fr, en }` whose values are computed on first read and then fixed (plain data properties from then on). Spreading
 * such an object (`{ ...text }`) reads every value: derive from it with another lazyLocalized instead.
 */
export function lazyLocalized<T>(builders: Localized<() => T>): Localized<T> {
  const out = {} as Localized<T>;
  for (const lang of languages) {
    Object.defineProperty(out, lang, {
      enumerable: true,
      configurable: true,
      get(): T {
        const value = builders[lang]();
        Object.defineProperty(out, lang, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}
