import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import './wrapUp.css';

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="cols closing-cols">
  <div>
    <h3>${t({ fr: 'Pour aller plus loin', en: 'Further reading' })}</h3>
    <ul class="refs">
      <li>D. P. Kingma, M. Welling, «\u00a0<em>Auto-Encoding Variational Bayes</em>\u00a0», 2013 (ICLR 2014), arXiv:1312.6114. ${t({ fr: 'L’article fondateur.', en: 'The founding paper.' })}</li>
      <li>C. Doersch, «\u00a0<em>Tutorial on Variational Autoencoders</em>\u00a0», 2016, arXiv:1606.05908. ${t({ fr: 'Le tutoriel le plus lisible.', en: 'The most readable tutorial.' })}</li>
      <li>F. Chollet, ${t({ fr: 'exemple Keras', en: 'Keras example' })} «\u00a0<em>Variational AutoEncoder</em>\u00a0», keras.io/examples/generative/vae. ${t({ fr: 'Le même modèle en Python.', en: 'The same model in Python.' })}</li>
      <li>${t({
        fr: 'Pour la suite\u00a0: I. Higgins et al., <em>β-VAE</em>, ICLR 2017\u00a0; A. van den Oord et al., <em>VQ-VAE</em>, NeurIPS 2017\u00a0; J. Ho et al., <em>DDPM</em> (diffusion), NeurIPS 2020\u00a0; R. Gómez-Bombarelli et al. (molécules), ACS Central Science 2018.',
        en: 'What came next: I. Higgins et al., <em>β-VAE</em>, ICLR 2017; A. van den Oord et al., <em>VQ-VAE</em>, NeurIPS 2017; J. Ho et al., <em>DDPM</em> (diffusion), NeurIPS 2020; R. Gómez-Bombarelli et al. (molecules), ACS Central Science 2018.',
      })}</li>
    </ul>
  </div>
  <div>
    <h3>${t({ fr: 'Le notebook', en: 'The notebook' })}</h3>
    <ul class="refs">
      <li><code>notebooks/vae-mnist-etudiant.ipynb</code>${t({ fr: '\u00a0: à compléter', en: ': to complete' })}</li>
      <li><code>notebooks/vae-mnist.ipynb</code>${t({ fr: '\u00a0: la version enseignant', en: ': the teacher’s version' })}</li>
      <li><code>exports/vae-mnist.executed.ipynb</code>${t({ fr: '\u00a0: déjà exécuté, avec ses sorties', en: ': already run, with its outputs' })}</li>
      <li><code>exports/vae-mnist.html</code>${t({ fr: '\u00a0: la même chose sans Jupyter (<code>npm run notebook:html</code>)', en: ': the same without Jupyter (<code>npm run notebook:html</code>)' })}</li>
    </ul>
    <p class="box ok">${t({ fr: 'Ouvrir\u00a0: <code>npm run notebook</code> (noyau Deno, TypeScript).', en: 'Open: <code>npm run notebook</code> (Deno kernel, TypeScript).' })}</p>
  </div>
</div>
<p class="lead closing-thanks">${t({ fr: 'Merci\u00a0! Des questions\u00a0?', en: 'Thank you! Questions?' })}</p>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 1 min.</strong> <strong>Question : où continuer ?</strong> Trois lectures, de la plus technique à la plus pratique. L’article de Kingma et Welling (2013) introduit le VAE et l’astuce de reparamétrisation ; le tutoriel de Carl Doersch (2016) reprend tout avec peu de mathématiques et beaucoup d’intuition ; l’exemple Keras de François Chollet construit le même modèle en Python, couche par couche, en une page.</p>
<p><strong>Le notebook</strong> (les fichiers sont à l’écran) : les élèves partent de la version « étudiant », dont les cellules « À compléter » reprennent l’encodeur, l’échantillonnage, la perte et la boucle d’entraînement vus en cours ; la version enseignant contient les solutions, et existe déjà exécutée et en page web pour qui n’a pas Jupyter. Le notebook tourne en TypeScript avec TensorFlow.js (noyau Deno).</p>
<p>Terminer en ouvrant les questions ; garder la diapositive « Tirer un code au hasard » ou la démo de génération sous la main pour y revenir.</p>`,
  en: `<p><strong>≈ 1 min.</strong> <strong>Question: where to go next?</strong> Three readings, from the most technical to the most practical. Kingma and Welling’s paper (2013) introduces the VAE and the reparameterisation trick; Carl Doersch’s tutorial (2016) covers it all with little maths and much intuition; François Chollet’s Keras example builds the same model in Python, layer by layer, on one page.</p>
<p><strong>The notebook</strong> (the files are on screen): students start from the “student” version, whose “À compléter” (to complete) cells cover the encoder, the sampling, the loss and the training loop seen in class; the teacher’s version holds the solutions, and also exists already run and as a web page for those without Jupyter. The notebook runs TypeScript with TensorFlow.js (Deno kernel).</p>
<p>End by opening the floor to questions; keep the “Drawing a random code” slide or the generation demo at hand to come back to.</p>`,
};

/** Closing: references (Kingma & Welling, Doersch, the Keras example) and where the notebook is. */
const closing: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default closing;
