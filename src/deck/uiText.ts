import type { Localized } from '../i18n/lang.ts';

/** Strings of the deck's own interface (not of a slide). */
export const ui = {
  toggleLabel: { fr: 'Switch to English (touche L)', en: 'Passer en français (key L)' },
  toggleText: { fr: 'EN', en: 'FR' },
  themeText: { fr: 'Sombre', en: 'Dark' },
  themeLabel: { fr: 'thème sombre pour une salle dans la pénombre (touche D)', en: 'dark theme for a dim room (key D)' },
  mountFailed: {
    fr: 'Cette partie interactive n’a pas pu démarrer :',
    en: 'This interactive part could not start:',
  },
  loadFailed: {
    fr: 'Cette diapositive n’a pas pu être chargée (le serveur de la présentation tourne-t-il encore\u00a0?)\u00a0:',
    en: 'This slide could not be loaded (is the deck’s server still running?):',
  },
  agendaTitle: { fr: 'Plan', en: 'Outline' },
  deckTitle: { fr: 'Les autoencodeurs variationnels (VAE)', en: 'Variational autoencoders (VAE)' },
  slideLabel: { fr: 'Diapositive', en: 'Slide' },
} satisfies Record<string, Localized>;
