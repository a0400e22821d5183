import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './wrapUp.css';

/** The brief's questions and their one-sentence answers, in the brief's order. */
function rows(lang: Lang): Array<[string, string]> {
  const t = pick(lang);
  return [
    [
      t({ fr: 'AE ou VAE\u00a0?', en: 'AE or VAE?' }),
      t({
        fr: `L’AE code chaque image par un point\u00a0; le VAE la code par une loi ${tex('\\mathcal{N}(\\mu, \\sigma^2)')} et rapproche ces lois de ${tex('\\mathcal{N}(0, I)')} grâce au terme KL.`,
        en: `The AE codes each image as a point; the VAE codes it as a distribution ${tex('\\mathcal{N}(\\mu, \\sigma^2)')} and pulls these towards ${tex('\\mathcal{N}(0, I)')} with the KL term.`,
      }),
    ],
    [
      t({ fr: 'À quoi sert un VAE\u00a0?', en: 'What is a VAE for?' }),
      t({
        fr: 'Surtout à <strong>générer</strong> des données nouvelles qui ressemblent aux données d’entraînement\u00a0; aussi à interpoler, compresser, détecter des anomalies.',
        en: 'Mainly to <strong>generate</strong> new data that look like the training data; also to interpolate, compress, detect anomalies.',
      }),
    ],
    [
      t({ fr: 'Espace et vecteur latents\u00a0?', en: 'Latent space and vector?' }),
      t({
        fr: `L’espace des codes (ici 2 dimensions)\u00a0; un vecteur latent ${tex('z')} en est un point, que le décodeur change en image. Dans le VAE, chaque image y est un petit nuage et l’ensemble suit à peu près ${tex('\\mathcal{N}(0, I)')}.`,
        en: `The space of the codes (2 dimensions here); a latent vector ${tex('z')} is a point of it, which the decoder turns into an image. In the VAE each image is a small cloud there and the whole follows roughly ${tex('\\mathcal{N}(0, I)')}.`,
      }),
    ],
    [
      t({ fr: 'La loi normale\u00a0?', en: 'The normal distribution?' }),
      t({
        fr: `En 1D, une cloche fixée par sa moyenne ${tex('\\mu')} et sa variance ${tex('\\sigma^2')}\u00a0; en ${tex('n')} dimensions, un vecteur ${tex('\\boldsymbol{\\mu}')} et une matrice de covariance ${tex('\\Sigma')}, diagonale dans le VAE.`,
        en: `In 1-D, a bell set by its mean ${tex('\\mu')} and variance ${tex('\\sigma^2')}; in ${tex('n')} dimensions, a vector ${tex('\\boldsymbol{\\mu}')} and a covariance matrix ${tex('\\Sigma')}, diagonal in the VAE.`,
      }),
    ],
    [
      t({ fr: 'La divergence KL\u00a0?', en: 'The KL divergence?' }),
      t({
        fr: 'Le surcoût moyen de surprise quand on prend une loi pour une autre\u00a0: nulle si elles sont égales, jamais négative, pas symétrique. Dans le VAE, elle tient chaque code près de 𝒩(0, I).',
        en: 'The average extra surprise of taking one distribution for another: zero when they are equal, never negative, not symmetric. In the VAE it keeps each code close to 𝒩(0, I).',
      }),
    ],
    [
      t({ fr: 'Générer\u00a0?', en: 'Generating?' }),
      t({
        fr: `Tirer ${tex('z \\sim \\mathcal{N}(0, I)')}, le passer dans le décodeur, lire l’image\u00a0: pour générer, l’encodeur est inutile.`,
        en: `Draw ${tex('z \\sim \\mathcal{N}(0, I)')}, pass it through the decoder, read the image: to generate, the encoder is not needed.`,
      }),
    ],
  ];
}

function body(lang: Lang): string {
  return `<table class="recap-table">${rows(lang).map(([q, a]) => `<tr><th scope="row">${q}</th><td>${a}</td></tr>`).join('')}</table>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : qu’avons-nous appris ?</strong> Cette diapositive reprend, dans l’ordre du plan du cours, les six questions de départ avec une réponse d’une phrase chacune. Avant de l’afficher, on peut demander à la classe de répondre de mémoire, question par question, puis comparer.</p>
<p><strong>Points à souligner.</strong> (1) La seule différence d’architecture entre AE et VAE est que l’encodeur sort deux vecteurs (μ et log σ²) au lieu d’un, et qu’on tire z au hasard autour de μ ; la vraie différence est dans la perte (reconstruction + KL). (2) Le VAE sert d’abord à générer ; les autres usages (interpolation, anomalies) viennent du même espace latent bien rangé. (3) Dans le VAE, un vecteur latent n’est plus « le code » d’une image : c’est un tirage dans le nuage q(z|x) de cette image. (4) La covariance diagonale rend tout calculable dimension par dimension. (5) La KL n’est pas une distance (pas symétrique) mais elle est nulle exactement quand les deux lois sont égales. (6) Pour générer, on n’a besoin que du décodeur et de la loi a priori.</p>
<p><strong>Transition.</strong> Il reste à lire les références et à ouvrir le notebook (diapositive suivante).</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what have we learnt?</strong> This slide takes the six starting questions, in the order of the course plan, with a one-sentence answer each. Before showing it, ask the class to answer from memory, one question at a time, then compare.</p>
<p><strong>Points to stress.</strong> (1) The only architectural difference between AE and VAE is that the encoder outputs two vectors (μ and log σ²) instead of one, and z is drawn at random around μ; the real difference is in the loss (reconstruction + KL). (2) The VAE is first a generator; the other uses (interpolation, anomalies) come from the same well-ordered latent space. (3) In the VAE a latent vector is no longer “the code” of an image: it is a draw from that image’s cloud q(z|x). (4) The diagonal covariance makes everything computable one dimension at a time. (5) The KL is not a distance (not symmetric) but it is zero exactly when the two distributions are equal. (6) To generate we need only the decoder and the prior.</p>
<p><strong>Transition.</strong> What is left: the references and opening the notebook (next slide).</p>`,
};

/** Recap: the brief's six questions answered in one sentence each. */
const recap: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default recap;
