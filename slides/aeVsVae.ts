import type { Slide, SlideContent } from '../src/deck/types.ts';
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
  fr: `<p><strong>≈ 3 min.</strong> Trois temps (→ pour avancer) : l’AE seul, le VAE à côté, la conséquence en vert.</p>
<p><strong>Question : qu’est-ce qui distingue un AE d’un VAE ?</strong></p>
<ul><li><strong>Même architecture</strong> (encodeur, code, décodeur), pas le même code. L’AE envoie chaque image sur <em>un point</em> z ; le VAE sur <em>une loi normale</em> : l’encodeur sort une moyenne μ et une log-variance log σ², et on tire z dans ce nuage avant de décoder.</li>
<li><strong>Pas encore de théorie :</strong> la loi normale et la KL viennent plus loin. Dire seulement « un petit nuage autour de μ, de largeur σ » et « une mesure d’écart entre deux lois ».</li>
<li><strong>La perte :</strong> les deux reconstruisent ; le VAE ajoute le terme KL (orange) qui pousse chaque nuage vers 𝒩(0, I). Les codes restent groupés autour de 0.</li>
<li><strong>Pourquoi c’est important :</strong> on sait où tirer un nouveau z (dans 𝒩(0, I)), et le décodeur a appris à dessiner dans cette zone : le VAE est <em>génératif</em>. Les codes d’un AE s’étalent sur une échelle arbitraire, sans loi connue.</li>
<li><strong>Ne pas promettre</strong> un espace « continu et sans trous » : même un VAE a des zones peu denses où le décodeur dessine des chiffres ambigus.</li></ul>
<p><strong>Question probable :</strong> « Le bruit ne gâche-t-il pas la reconstruction ? » Un peu : un VAE reconstruit un peu plus flou qu’un AE. C’est le prix d’un espace latent régulier ; le poids β du terme KL règle ce compromis.</p>`,
  en: `<p><strong>≈ 3 min.</strong> Three steps (→ to advance): the AE alone, the VAE beside it, the consequence in green.</p>
<p><strong>Question: what distinguishes an AE from a VAE?</strong></p>
<ul><li><strong>Same architecture</strong> (encoder, code, decoder), not the same code. The AE maps each image to <em>one point</em> z; the VAE to <em>a normal distribution</em>: the encoder outputs a mean μ and a log-variance log σ², and we draw z from that cloud before decoding.</li>
<li><strong>No theory yet:</strong> the normal distribution and the KL come later. Just say “a small cloud around μ, of width σ” and “a measure of the gap between two distributions”.</li>
<li><strong>The loss:</strong> both reconstruct; the VAE adds the KL term (orange) that pushes every cloud towards 𝒩(0, I). The codes stay grouped around 0.</li>
<li><strong>Why it matters:</strong> we know where to draw a new z (from 𝒩(0, I)), and the decoder learnt to draw in that region: the VAE is <em>generative</em>. An AE’s codes spread over an arbitrary scale, with no known distribution.</li>
<li><strong>Do not promise</strong> a “continuous space without holes”: even a VAE has sparse areas where the decoder draws ambiguous digits.</li></ul>
<p><strong>Likely question:</strong> “Doesn’t the noise spoil the reconstruction?” A little: a VAE reconstructs slightly more blurrily than an AE. That is the price of a regular latent space; the weight β of the KL term sets this trade-off.</p>`,
};

/** Question 1 (concept): AE vs VAE diagrams and losses. */
const aeVsVae: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default aeVsVae;
