import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './latentSlides.css';

function body(lang: Lang): string {
  const t = pick(lang);
  const card = (title: string, text: string, main = false) =>
    `<div class="box ${main ? 'ok uses-main' : ''} uses-card"><h3>${title}</h3><p>${text}</p></div>`;
  return `<p class="lead">${
    t({
      fr: 'Avant tout à <strong>générer</strong> : produire de nouvelles données qui ressemblent aux données d’entraînement, sans les\u00a0copier.',
      en: 'Above all to <strong>generate</strong>: produce new data that looks like the training data, without copying\u00a0it.',
    })
  }</p>
<div class="uses-grid">
  ${card(t({ fr: '1. Générer', en: '1. Generate' }), t({ fr: 'Tirer <i>z</i> au hasard, décoder : un chiffre que personne n’a écrit.', en: 'Draw a random <i>z</i>, decode: a digit nobody wrote.' }), true)}
  ${card(t({ fr: '2. Interpoler', en: '2. Interpolate' }), t({ fr: 'Glisser d’un code à un autre : une image se transforme en une autre.', en: 'Slide from one code to another: one image morphs into another.' }))}
  ${card(t({ fr: '3. Détecter des anomalies', en: '3. Detect anomalies' }), t({ fr: 'Ce que le VAE reconstruit mal ne ressemble pas aux données connues.', en: 'What the VAE reconstructs badly does not look like the known data.' }))}
  ${card(t({ fr: '4. Compresser, représenter', en: '4. Compress, represent' }), t({ fr: '784 pixels → quelques nombres qui résument l’image.', en: '784 pixels → a few numbers that sum up the image.' }))}
</div>
<h3 class="uses-world">${t({ fr: 'Dans le monde réel', en: 'In the real world' })}</h3>
<ul class="uses-list">
  <li>${
    t({
      fr: '<strong>Stable Diffusion</strong> : un VAE compresse chaque image, la diffusion travaille dans cet espace latent, le décodeur du VAE rend l’image.',
      en: '<strong>Stable Diffusion</strong>: a VAE compresses each image, diffusion works in that latent space, the VAE’s decoder renders the image.',
    })
  } ${tex('512{\\times}512{\\times}3 = 786\\,432 \\;\\to\\; 64{\\times}64{\\times}4 = 16\\,384')} ${t({ fr: '(48 fois moins de nombres)', en: '(48 times fewer numbers)' })}</li>
  <li>${
    t({
      fr: '<strong>Chimie</strong> : des molécules codées dans un espace latent continu, où l’on cherche de nouveaux candidats médicaments.',
      en: '<strong>Chemistry</strong>: molecules encoded in a continuous latent space, searched for new drug candidates.',
    })
  }</li>
  <li>${
    t({
      fr: '<strong>Industrie</strong> : repérer une pièce défectueuse ou un signal de capteur anormal.',
      en: '<strong>Industry</strong>: spotting a faulty part or an abnormal sensor signal.',
    })
  }</li>
</ul>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : à quoi sert principalement un VAE ?</strong> À <em>générer</em> : produire de nouvelles données plausibles (images, sons, molécules) en tirant un code au hasard dans l’espace latent et en le décodant. On le montre en direct à la fin de la théorie.</p>
<ul><li><strong>Les autres usages</strong> viennent du même espace latent régulier : interpoler (passer continûment d’une image à une autre), détecter des anomalies (une entrée très différente des données d’entraînement est mal reconstruite), compresser ou représenter (le code z résume l’image). La diapositive suivante en montre deux en direct.</li>
<li><strong>Stable Diffusion :</strong> le VAE réduit une image 512×512 en couleurs (786 432 nombres) à un tableau 64×64×4 (16 384 nombres, 48 fois moins) ; la diffusion, coûteuse, travaille dans ce petit espace, puis le décodeur du VAE rend l’image.</li>
<li><strong>Chimie :</strong> Gómez-Bombarelli et al. (2018) ont encodé des molécules dans un espace latent continu pour y chercher des molécules aux propriétés voulues.</li>
<li><strong>Industrie :</strong> un VAE entraîné sur des pièces ou des signaux normaux signale ce qu’il reconstruit mal.</li></ul>
<p><strong>Question probable :</strong> « Les VAE sont-ils encore utilisés, avec les GAN et la diffusion ? » Oui : souvent comme composant (le compresseur de Stable Diffusion), et seuls quand on veut un espace latent régulier et une vraisemblance approchée des données.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what is a VAE mainly for?</strong> To <em>generate</em>: produce new plausible data (images, sounds, molecules) by drawing a random code in the latent space and decoding it. We show it live at the end of the theory.</p>
<ul><li><strong>The other uses</strong> come from the same regular latent space: interpolating (moving continuously from one image to another), detecting anomalies (an input very unlike the training data is reconstructed badly), compressing or representing (the code z sums up the image). The next slide shows two of them live.</li>
<li><strong>Stable Diffusion:</strong> the VAE reduces a 512×512 colour image (786,432 numbers) to a 64×64×4 array (16,384 numbers, 48 times fewer); the expensive diffusion works in that small space, then the VAE’s decoder renders the image.</li>
<li><strong>Chemistry:</strong> Gómez-Bombarelli et al. (2018) encoded molecules in a continuous latent space to search it for molecules with desired properties.</li>
<li><strong>Industry:</strong> a VAE trained on normal parts or signals flags whatever it reconstructs badly.</li></ul>
<p><strong>Likely question:</strong> “Are VAEs still used, with GANs and diffusion around?” Yes: often as a component (Stable Diffusion’s compressor), and on their own when you want a regular latent space and an approximate likelihood of the data.</p>`,
};

/** Question 2: what a VAE is for (generation first, then interpolation, anomalies, compression; real uses). */
const vaeUses: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default vaeUses;
