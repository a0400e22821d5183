import type { Slide } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { liveOrPrint } from '../src/deck/printText.ts';

const notes: Localized = {
  fr: `Accueillir la classe. Objectif de la séance : comprendre ce qu’est un autoencodeur variationnel, à quoi il sert, et les deux outils mathématiques dont il a besoin (la loi normale et la divergence KL). La seconde moitié suit le plan du notebook : on entraîne un VAE sur les chiffres manuscrits MNIST, en direct, dans le navigateur. Prérequis : savoir ce qu’est un autoencodeur classique (encodeur, code, décodeur). Durée indicative : 1 h.`,
  en: `Welcome the class. Goal of the session: understand what a variational autoencoder is, what it is for, and the two mathematical tools it needs (the normal distribution and the KL divergence). The second half follows the notebook plan: we train a VAE on the MNIST handwritten digits, live, in the browser. Prerequisite: knowing what a plain autoencoder is (encoder, code, decoder). Suggested length: 1 hour.`,
};

/** The opening slide. */
const title: Slide = {
  id: 'title',
  title: { fr: 'Les autoencodeurs variationnels (VAE)', en: 'Variational autoencoders (VAE)' },
  body: {
    fr: `<p class="lead">Apprendre à compresser des images… puis à en inventer de nouvelles.</p>
<p>Théorie (loi normale, divergence de Kullback-Leibler) et pratique : un VAE entraîné <em>en direct</em> sur MNIST, dans ce navigateur.</p>
<p class="muted small">${liveOrPrint('Touches : → suivant · S notes · F plein écran · Échap vue d’ensemble · L English', 'Version interactive : npm start, puis http://127.0.0.1:5173/')}</p>`,
    en: `<p class="lead">Learning to compress images… then to invent new ones.</p>
<p>Theory (normal distribution, Kullback-Leibler divergence) and practice: a VAE trained <em>live</em> on MNIST, in this browser.</p>
<p class="muted small">${liveOrPrint('Keys: → next · S notes · F full screen · Esc overview · L français', 'Interactive version: npm start, then http://127.0.0.1:5173/')}</p>`,
  },
  notes,
  className: 'title-slide',
};

export default title;
