/**
 * The line a demo slide shows when the deck's data set is not MNIST: which data set its models and images come
 * from, and how to read the slide's text written for digits. Nothing is added for MNIST.
 */
import type { Localized } from '../i18n/lang.ts';
import type { Scope } from '../deck/types.ts';

/** What the drawing pad slide adds: the pad is made for digits. */
export const DRAWING_PAD_NOTE: Localized = {
  fr: 'Le bloc à dessin est fait pour des chiffres\u00a0: le modèle Fashion-MNIST lit votre dessin comme un vêtement (l’idée reste la même).',
  en: 'The drawing pad is made for digits: the Fashion-MNIST model reads your drawing as a clothing item (the idea is the same).',
};

/** Add the note (`.dataset-note`, `data-dataset`) at the top right of the slide `el`, with `extra` after it when given. */
export function showDatasetNote(el: HTMLElement, scope: Pick<Scope, 'services' | 't'>, extra?: Localized): void {
  const dataset = scope.services.dataset;
  if (dataset.id === 'mnist') return;
  const section = el.closest('section') ?? el;
  section.querySelector(':scope > .dataset-note')?.remove();
  const note = document.createElement('p');
  note.className = 'dataset-note';
  note.dataset.dataset = dataset.id;
  const text = scope.t({
    fr: `Données\u00a0: ${dataset.name.fr} (${dataset.itemPlural.fr})\u00a0; ici, «\u00a0chiffre\u00a0» se lit «\u00a0article\u00a0».`,
    en: `Data: ${dataset.name.en} (${dataset.itemPlural.en}); read “digit” as “item” here.`,
  });
  note.textContent = extra ? `${text} ${scope.t(extra)}` : text;
  section.append(note);
}
