import type { Localized } from '../../i18n/lang.ts';

/** Words of the pen toolbar, French first. Each accessible name starts with the button's visible text. */
export const penText = {
  toolbar: { fr: 'Outils du présentateur', en: 'Presenter tools' },
  pen: { fr: 'Stylo', en: 'Pen' },
  penLabel: { fr: 'dessiner sur la diapositive (touche C)', en: 'draw on the slide (key C)' },
  laser: { fr: 'Laser', en: 'Laser' },
  laserLabel: { fr: 'pointeur laser rouge (touche Q)', en: 'red laser pointer (key Q)' },
  colour: { fr: 'Couleur', en: 'Colour' },
  eraser: { fr: 'Gomme', en: 'Eraser' },
  eraserLabel: { fr: 'effacer un trait en passant dessus', en: 'erase a stroke by moving over it' },
  clear: { fr: 'Tout effacer', en: 'Clear all' },
  clearLabel: { fr: 'effacer les dessins de cette diapositive', en: 'clear this slide’s drawings' },
} satisfies Record<string, Localized>;
