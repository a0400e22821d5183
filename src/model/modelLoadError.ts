/** The error every weight loader throws: a message fit for the screen in both languages. */
import type { Localized } from '../i18n/lang.ts';

/** Pretrained weights could not be loaded (missing file, corrupt JSON or weights, wrong shapes). */
export class ModelLoadError extends Error {
  /** The same message in French and English. */
  readonly localized: Localized;
  constructor(localized: Localized, options?: { cause?: unknown }) {
    super(localized.en, options);
    this.name = 'ModelLoadError';
    this.localized = localized;
  }
}

/** Build a ModelLoadError about `file` from an English and a French explanation of the problem. */
export function modelLoadError(file: string, en: string, fr: string, cause?: unknown): ModelLoadError {
  return new ModelLoadError({ en: `${file}: ${en}`, fr: `${file} : ${fr}` }, { cause });
}
