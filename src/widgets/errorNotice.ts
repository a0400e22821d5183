/** Show an error on a slide as one clear sentence in the slide's language (never a blank chart). */
import type { Lang, Localized } from '../i18n/lang.ts';

/** The message of an error in `lang`: its `localized` text when it has one (DataLoadError, ModelLoadError …), else its message. */
export function errorText(err: unknown, lang: Lang): string {
  const localized = (err as { localized?: Localized } | null)?.localized;
  if (localized && typeof localized[lang] === 'string') return localized[lang];
  return err instanceof Error ? err.message : String(err);
}

/** Append (or replace) a `.notice-error` paragraph in `parent` with the error's message. */
export function showErrorNotice(parent: HTMLElement, err: unknown, lang: Lang, prefix?: Localized): HTMLElement {
  let p = parent.querySelector<HTMLElement>(':scope > .notice-error');
  if (!p) {
    p = document.createElement('p');
    p.className = 'notice-error';
    p.setAttribute('role', 'alert');
    parent.append(p);
  }
  p.textContent = `${prefix ? `${prefix[lang]} ` : ''}${errorText(err, lang)}`;
  return p;
}

/** The error's message in both languages (for texts stored before the language is known). */
export function errorLocalized(err: unknown): Localized {
  return { fr: errorText(err, 'fr'), en: errorText(err, 'en') };
}
