import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './wrapUp.css';

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="cols-3 limits-cols">
  <div class="box warn">
    <h3>${t({ fr: 'Images floues', en: 'Blurry images' })}</h3>
    <p>${t({ fr: 'Le décodeur prédit une <strong>moyenne</strong> de pixels\u00a0: quand plusieurs tracés sont plausibles, il les superpose. Avec 2 dimensions latentes, seule la forme générale survit.', en: 'The decoder predicts an <strong>average</strong> of pixels: when several strokes are plausible it overlays them. With 2 latent dimensions only the overall shape survives.' })}</p>
  </div>
  <div class="box warn">
    <h3>${t({ fr: 'Effondrement de la loi <i>a posteriori</i>', en: 'Posterior collapse' })}</h3>
    <p>${t({ fr: `Si la KL pèse trop (β grand) ou si le décodeur se débrouille seul, ${tex('q(z|x) \\approx \\mathcal{N}(0, I)')} pour toute image\u00a0: KL ≈ 0, le code ne porte plus d’information, les reconstructions se ressemblent.`, en: `If the KL weighs too much (large β) or the decoder manages on its own, ${tex('q(z|x) \\approx \\mathcal{N}(0, I)')} for every image: KL ≈ 0, the code carries no information, reconstructions look alike.` })}</p>
  </div>
  <div class="box ok">
    <h3>${t({ fr: 'Et ensuite\u00a0?', en: 'What came next?' })}</h3>
    <ul>
      <li><strong>β-VAE</strong> (2017)\u00a0: ${t({ fr: 'β > 1 pour des dimensions plus «\u00a0lisibles\u00a0»', en: 'β > 1 for more “readable” dimensions' })}</li>
      <li><strong>VQ-VAE</strong> (2017)\u00a0: ${t({ fr: 'codes discrets, images nettes', en: 'discrete codes, sharp images' })}</li>
      <li><strong>${t({ fr: 'Diffusion', en: 'Diffusion' })}</strong> (2020)\u00a0: ${t({ fr: 'débruiter pas à pas\u00a0; Stable Diffusion travaille dans l’espace latent d’un autoencodeur', en: 'denoise step by step; Stable Diffusion works in an autoencoder’s latent space' })}</li>
    </ul>
  </div>
</div>
<p class="limits-try">${t({ fr: 'À essayer sur la diapositive d’entraînement\u00a0: β = 4 (paramètre <code>beta</code>) et regarder la courbe KL et les reconstructions.', en: 'Try on the training slide: β = 4 (parameter <code>beta</code>) and watch the KL curve and the reconstructions.' })}</p>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : quelles sont les limites des VAE ?</strong> Trois cases, de gauche à droite. <strong>Flou :</strong> la perte de reconstruction récompense la probabilité moyenne de chaque pixel ; quand l’image d’origine peut avoir plusieurs tracés compatibles avec le même code, le meilleur choix pour cette perte est leur moyenne, donc une image floue. Un espace latent à 2 dimensions aggrave l’effet (on l’a vu sur les reconstructions de l’entraînement). <strong>Effondrement de la loi a posteriori :</strong> si la KL pèse trop (β grand) ou si le décodeur est assez puissant pour se passer du code, l’optimum est de copier la loi a priori : q(z|x) ≈ 𝒩(0, I) pour toutes les images, la KL tombe près de 0 et le code ne porte plus d’information.</p>
<p><strong>Démonstration (si le temps le permet).</strong> Sur la diapositive d’entraînement, mettre β = 4 (le maximum du curseur, aussi paramètre d’URL beta) et relancer : la perte pousse alors davantage vers 𝒩(0, I), la KL affichée reste plus basse qu’avec β = 1 et les reconstructions se ressemblent davantage. Ce deck n’a pas de mesure enregistrée de ce réglage : le montrer en direct, sans annoncer de chiffre à l’avance.</p>
<p><strong>Et ensuite.</strong> β-VAE (Higgins et al., 2017) : un β > 1 choisi exprès pour obtenir des dimensions latentes plus interprétables. VQ-VAE (van den Oord et al., 2017) : des codes discrets pris dans un dictionnaire appris, et des images bien plus nettes. Modèles de diffusion (Ho et al., 2020) : on apprend à retirer du bruit pas à pas ; Stable Diffusion fait ce débruitage dans l’espace latent d’un autoencodeur, donc les idées de ce cours y servent encore.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what are the limits of VAEs?</strong> Three boxes, left to right. <strong>Blur:</strong> the reconstruction loss rewards the average probability of each pixel; when the original image could have several strokes compatible with the same code, the best choice for that loss is their average, hence a blurry image. A 2-dimensional latent space makes it worse (we saw it in the training reconstructions). <strong>Posterior collapse:</strong> if the KL weighs too much (large β) or the decoder is strong enough to do without the code, the optimum is to copy the prior: q(z|x) ≈ 𝒩(0, I) for every image, the KL falls near 0 and the code carries no information.</p>
<p><strong>Demo (if time allows).</strong> On the training slide set β = 4 (the slider’s maximum, also the URL parameter beta) and restart: the loss then pushes harder towards 𝒩(0, I), the KL shown stays lower than with β = 1 and the reconstructions look more alike. This deck has no recorded measurement of that setting: show it live, without announcing a figure in advance.</p>
<p><strong>What came next.</strong> β-VAE (Higgins et al., 2017): a β > 1 chosen on purpose to get more interpretable latent dimensions. VQ-VAE (van den Oord et al., 2017): discrete codes taken from a learnt dictionary, and much sharper images. Diffusion models (Ho et al., 2020): learn to remove noise step by step; Stable Diffusion does this denoising in an autoencoder’s latent space, so the ideas of this lesson still serve there.</p>`,
};

/** Slide: the limits of VAEs (blur, posterior collapse) and what came next (β-VAE, VQ-VAE, diffusion). */
const limits: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default limits;
