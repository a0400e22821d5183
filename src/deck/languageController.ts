import type { Lang } from '../i18n/lang.ts';
import { ui } from './uiText.ts';

/** Owner of the page's language: `<html lang>` and the document title follow it. */
export class LanguageController {
  private current: Lang;

  constructor(initial: Lang, private readonly doc: Document = document) {
    this.current = initial;
    this.apply();
  }

  /** The language the deck is shown in. */
  get lang(): Lang {
    return this.current;
  }

  /** Switch the page-level language; returns false (and does nothing) when it is already `lang`. */
  set(lang: Lang): boolean {
    if (lang === this.current) return false;
    this.current = lang;
    this.apply();
    return true;
  }

  private apply(): void {
    this.doc.documentElement.lang = this.current;
    this.doc.title = ui.deckTitle[this.current];
  }
}
