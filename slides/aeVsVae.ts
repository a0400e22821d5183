import type { Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { autoencoderDiagram } from '../src/widgets/autoencoderDiagram.ts';
import './latentSlides.css';

const lossAe = tex('\\mathcal{L}_{\\text{AE}} = \\text{reconstruction}(x, \\hat{x})', true);
const lossVae = (t: (text: Localized) => string) =>
  tex(
    `\\mathcal{L}_{\\text{VAE}} = \\text{reconstruction}(x, \\hat{x}) \\;+\\; \\textcolor{#D55E00}{\\mathrm{KL}\\big(q(z \\mid x) \\,\\|\\, \\mathcal{N}(0, I)\\big)}`,
    true,
  ) + `<p class="ae-loss-note">${t({ fr: 'le terme en plus', en: 'the extra term' })} ↑</p>`;

function body(lang: Lang): string {
  const t = pick(lang);
  return `<p class="lead">${
    t({
      fr: 'Un autoencodeur résume chaque image par <strong>un point</strong>. Un VAE la résume par <strong>une loi normale</strong> (un petit nuage, on y revient) et tire son code <i>z</i> dedans.',
      en: 'An autoencoder sums up each image as <strong>one point</strong>. A VAE sums it up as <strong>a normal distribution</strong> (a small cloud, more on this later) and draws its code <i>z</i> from it.',
    })
  }</p>
<div class="cols ae-cols">
  <div class="ae-col">
    <h3>${t({ fr: 'Autoencodeur (AE)', en: 'Autoencoder (AE)' })}</h3>
    ${autoencoderDiagram('ae', lang)}
    <div class="formula">${lossAe}</div>
  </div>
  <div class="ae-col fragment" data-fragment-index="1">
    <h3>${t({ fr: 'Autoencodeur variationnel (VAE)', en: 'Variational autoencoder (VAE)' })}</h3>
    ${autoencoderDiagram('vae', lang)}
    <div class="formula">${lossVae(t)}</div>
  </div>
</div>
<p class="box ok ae-consequence fragment" data-fragment-index="2">${
    t({
      fr: 'Le terme KL (une mesure d’écart entre deux lois, on y revient) rapproche tous les nuages de 𝒩(0, I) : les codes occupent une région <strong>connue</strong>, autour de 0, et un <i>z</i> tiré au hasard dans 𝒩(0, I) tombe le plus souvent là où le décodeur a appris : on peut <strong>générer</strong>. Les codes d’un AE, eux, n’ont pas de loi connue où tirer.',
      en: 'The KL term (a measure of the gap between two distributions, more on this later) pulls every cloud towards 𝒩(0, I): the codes fill a <strong>known</strong> region around 0, and a <i>z</i> drawn at random from 𝒩(0, I) mostly lands where the decoder has learnt: we can <strong>generate</strong>. An AE’s codes follow no known distribution to draw from.',
    })
  }</p>`;
}

const notes: Localized = {
  fr: `<p><em>Diapositive en trois temps (→ pour avancer) : l’AE seul, puis le VAE à côté, puis la conséquence en vert.</em></p>
<p><strong>Question : qu’est-ce qui distingue un autoencodeur d’un autoencodeur variationnel ?</strong> Même architecture (encodeur, code, décodeur), mais pas le même code. L’AE envoie chaque image sur <em>un point</em> z. Le VAE envoie chaque image sur <em>une loi normale</em> 𝒩(μ, σ²) : l’encodeur sort une moyenne μ et une log-variance log σ² (d’où σ = exp(½ log σ²)), et on tire z = μ + σ ⊙ ε dans ce nuage avant de décoder. La loi normale et la divergence KL ne sont présentées que plus loin (partie « Loi normale et divergence KL ») : ici, dire seulement « un petit nuage de points autour de μ, de largeur σ » et « une mesure d’écart entre deux lois », et annoncer qu’on y revient.</p>
<p><strong>La perte.</strong> Les deux apprennent à bien reconstruire (terme de reconstruction). Le VAE ajoute un terme KL (en orange) qui pousse chaque nuage vers la loi standard 𝒩(0, I) : les codes restent groupés autour de 0 et les nuages voisins se chevauchent. Ne pas promettre un espace « continu et sans trous » : même un VAE laisse des zones peu denses entre les groupes, où le décodeur produit des chiffres ambigus.</p>
<p><strong>Pourquoi c’est important.</strong> Comme chaque image est décodée à partir de plusieurs z voisins, le décodeur apprend à produire quelque chose de sensé partout autour. Et comme les codes suivent à peu près 𝒩(0, I), on sait où tirer : un z tiré au hasard dans 𝒩(0, I) donne le plus souvent une image plausible. Un AE n’offre pas cela : ses codes s’étalent sur une échelle arbitraire (des dizaines d’unités), sans loi connue. C’est ce qui fait du VAE un modèle <em>génératif</em>. La diapositive suivante le montre sur les deux modèles pré-entraînés.</p>
<p><strong>Question probable :</strong> « Le bruit ε ne gâche-t-il pas la reconstruction ? » Un peu, oui : un VAE reconstruit un peu plus flou qu’un AE. C’est le prix d’un espace latent régulier ; le poids β du terme KL règle ce compromis (on y revient avec la divergence KL).</p>`,
  en: `<p><em>This slide builds in three steps (→ to advance): the AE alone, then the VAE beside it, then the consequence in green.</em></p>
<p><strong>Question: what distinguishes an autoencoder from a variational autoencoder?</strong> Same architecture (encoder, code, decoder), but not the same code. The AE maps each image to <em>one point</em> z. The VAE maps each image to <em>a normal distribution</em> 𝒩(μ, σ²): the encoder outputs a mean μ and a log-variance log σ² (hence σ = exp(½ log σ²)), and we draw z = μ + σ ⊙ ε from that cloud before decoding. The normal distribution and the KL divergence are only presented later (section “Normal distribution and KL divergence”): here just say “a small cloud of points around μ, of width σ” and “a measure of the gap between two distributions”, and announce that we come back to them.</p>
<p><strong>The loss.</strong> Both learn to reconstruct well (reconstruction term). The VAE adds a KL term (in orange) that pushes every cloud towards the standard normal 𝒩(0, I): codes stay grouped around 0 and neighbouring clouds overlap. Do not promise a “continuous space without holes”: even a VAE leaves sparse areas between groups, where the decoder outputs ambiguous digits.</p>
<p><strong>Why it matters.</strong> Since each image is decoded from several nearby z, the decoder learns to produce something sensible everywhere around them. And since the codes roughly follow 𝒩(0, I), we know where to draw: a random z from 𝒩(0, I) mostly gives a plausible image. An AE does not offer that: its codes spread over an arbitrary scale (tens of units), with no known distribution. That is what makes the VAE a <em>generative</em> model. The next slide shows it on the two pretrained models.</p>
<p><strong>Likely question:</strong> “Doesn’t the noise ε spoil the reconstruction?” A little, yes: a VAE reconstructs slightly more blurrily than an AE. That is the price of a regular latent space; the weight β of the KL term sets this trade-off (we come back to it with the KL divergence).</p>`,
};

/** Question 1 (concept): AE vs VAE diagrams and losses. */
const aeVsVae: Slide = {
  id: 'ae-vs-vae',
  section: sections.aeVae,
  title: { fr: 'Autoencodeur ou autoencodeur variationnel ?', en: 'Autoencoder or variational autoencoder?' },
  body: byLanguage(body),
  notes,
};

export default aeVsVae;
