import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { liveOrPrint } from '../src/deck/printText.ts';

const notes: Localized = {
  fr: `<p><strong>≈ 0,5 min.</strong> Accueillir la classe.</p>
<ul><li><strong>Objectif :</strong> comprendre ce qu’est un autoencodeur variationnel, à quoi il sert, et ses deux outils mathématiques (la loi normale, la divergence KL).</li>
<li><strong>Seconde moitié :</strong> le plan du notebook, avec un VAE entraîné en direct sur les chiffres manuscrits MNIST, dans le navigateur.</li>
<li><strong>Prérequis :</strong> savoir ce qu’est un autoencodeur classique (encodeur, code, décodeur).</li>
<li><strong>Durée :</strong> chaque note commence par un budget en minutes ; le total fait environ 60 min, environ 53 sans les diapositives marquées « facultative » (interpoler et détecter, les trois quiz, dessiner un chiffre).</li></ul>`,
  en: `<p><strong>≈ 0.5 min.</strong> Welcome the class.</p>
<ul><li><strong>Goal:</strong> understand what a variational autoencoder is, what it is for, and its two mathematical tools (the normal distribution, the KL divergence).</li>
<li><strong>Second half:</strong> the notebook’s plan, with a VAE trained live on the MNIST handwritten digits, in the browser.</li>
<li><strong>Prerequisite:</strong> knowing what a plain autoencoder is (encoder, code, decoder).</li>
<li><strong>Length:</strong> each note starts with a budget in minutes; the total is about 60 min, about 53 without the slides marked “optional” (interpolate and detect, the three quizzes, draw a digit).</li></ul>`,
};

/** The opening slide. */
const title: SlideContent = {
  body: {
    fr: `<p class="lead">Apprendre à compresser des images… puis à en inventer de nouvelles.</p>
<p>Théorie (loi normale, divergence de Kullback-Leibler) et pratique : un VAE entraîné <em>en direct</em> sur MNIST, dans ce navigateur.</p>
<p class="muted small">${liveOrPrint('Touches : → suivant · S notes · F plein écran · Échap vue d’ensemble · L English', 'Version interactive : npm start, puis http://127.0.0.1:5173/')}</p>`,
    en: `<p class="lead">Learning to compress images… then to invent new ones.</p>
<p>Theory (normal distribution, Kullback-Leibler divergence) and practice: a VAE trained <em>live</em> on MNIST, in this browser.</p>
<p class="muted small">${liveOrPrint('Keys: → next · S notes · F full screen · Esc overview · L français', 'Interactive version: npm start, then http://127.0.0.1:5173/')}</p>`,
  },
  notes,
};

export default title;
