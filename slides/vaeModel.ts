import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { notebookCell, notebookCellHtml } from '../src/widgets/notebookCell.ts';
import './demoSlides.css';

function flow(lang: Lang): string {
  const t = pick(lang);
  const box = (cls: string, top: string, bottom: string) => `<div class="vm-box ${cls}"><strong>${top}</strong><span>${bottom}</span></div>`;
  const arrow = '<div class="vm-arrow" aria-hidden="true">→</div>';
  return `<div class="vm-flow" role="img" aria-label="${t({ fr: 'x, encodeur, μ et log σ², z = μ + σ·ε, décodeur, x̂', en: 'x, encoder, μ and log σ², z = μ + σ·ε, decoder, x̂' })}">
  ${box('vm-data', tex('x'), t({ fr: '784 pixels', en: '784 pixels' }))}${arrow}
  ${box('vm-net', t({ fr: 'Encodeur', en: 'Encoder' }), tex('q(z \\mid x)'))}${arrow}
  ${box('vm-latent', `${tex('\\mu')}, ${tex('\\log\\sigma^2')}`, t({ fr: '2 + 2 nombres', en: '2 + 2 numbers' }))}${arrow}
  ${box('vm-latent', tex('z = \\mu + \\sigma \\odot \\varepsilon'), `${t({ fr: 'tirage', en: 'sampling' })}, ${tex('\\varepsilon \\sim \\mathcal{N}(0, I)')}`)}${arrow}
  ${box('vm-net', t({ fr: 'Décodeur', en: 'Decoder' }), tex('p(x \\mid z)'))}${arrow}
  ${box('vm-data', tex('\\hat{x}'), t({ fr: '784 probabilités', en: '784 probabilities' }))}
</div>`;
}

function lossBox(lang: Lang): string {
  const t = pick(lang);
  const cell = notebookCell('loss');
  const recon = tex('-\\sum_{i=1}^{784} \\big[x_i \\log \\hat{x}_i + (1 - x_i) \\log(1 - \\hat{x}_i)\\big]', true);
  const kl = tex('-\\tfrac12 \\sum_{j=1}^{2} \\big(1 + \\log\\sigma_j^2 - \\mu_j^2 - \\sigma_j^2\\big)', true);
  const where = cell
    ? t({ fr: `Dans le notebook\u00a0: <code>vaeLoss</code>, cellule ${cell.number}.`, en: `In the notebook: <code>vaeLoss</code>, cell ${cell.number}.` })
    : '';
  return `<div class="box vm-loss">
  <h3>${t({ fr: 'La perte, par image', en: 'The loss, per image' })}</h3>
  <p><strong>${t({ fr: 'reconstruction', en: 'reconstruction' })}</strong> ${t({ fr: '(entropie croisée binaire)\u00a0:', en: '(binary cross-entropy):' })}</p>
  <div class="vm-formula">${recon}</div>
  <p><strong>KL</strong> ${t({ fr: '(forme fermée)\u00a0:', en: '(closed form):' })}</p>
  <div class="vm-formula">${kl}</div>
  <p>${t({ fr: `Perte = reconstruction + ${tex('\\beta')}·KL (${tex('\\beta = 1')}\u00a0: la ${tex('-\\mathrm{ELBO}')}), moyennée sur le lot.`, en: `Loss = reconstruction + ${tex('\\beta')}·KL (${tex('\\beta = 1')}: the ${tex('-\\mathrm{ELBO}')}), averaged over the batch.` })}</p>
  <p class="vm-where">${where}</p>
</div>`;
}

function body(lang: Lang): string {
  return `${flow(lang)}
<div class="vm-cols">
  <div class="vm-code">${notebookCellHtml({ cell: 'vae', lang, heading: false })}</div>
  ${lossBox(lang)}
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : comment les morceaux s’assemblent-ils ?</strong> Le schéma, de gauche à droite : l’image x passe dans l’encodeur, qui donne μ et log σ² ; on <em>tire</em> z = μ + σ ⊙ ε avec ε ~ 𝒩(0, I) (⊙ : produit terme à terme) ; le décodeur transforme z en 784 probabilités x̂. Dimension latente 2, pour pouvoir dessiner l’espace latent.</p>
<ul><li><strong>Reparamétrisation :</strong> le hasard est dans ε, qui ne dépend d’aucun poids ; μ et σ restent des fonctions dérivables de l’image, donc la rétropropagation passe à travers le tirage (fonction <code>sampleZ</code> de la cellule).</li>
<li><strong>La perte, deux termes :</strong> l’entropie croisée binaire sommée sur les 784 pixels (bien redessiner l’image), plus β fois la KL entre q(z|x) et 𝒩(0, I), en forme fermée (regrouper les codes autour de 0 pour pouvoir générer). β = 1 : le VAE standard.</li>
<li><strong>Le code</strong> est la cellule du notebook qui enchaîne le schéma : encodeur → tirage de z → décodeur. Dans le notebook, la perte est la fonction <code>vaeLoss</code> (cellule indiquée sous la formule) ; x̂ y est bornée loin de 0 et de 1 pour éviter log 0.</li></ul>
<p><strong>Nuance honnête.</strong> Nos pixels sont des gris entre 0 et 1 ; on ne les binarise pas (tous les chiffres, seuils et poids du cours supposent ces valeurs). L’entropie croisée binaire avec une cible grise n’est alors pas la log-vraisemblance d’une loi normalisée : la « −ELBO » compare des modèles sur les mêmes données, mais n’est <em>pas</em> une borne supérieure exacte de −log p(x). Pour une vraie borne : pixels binarisés, ou une loi continue sur [0, 1].</p>
<p><strong>Question probable :</strong> « Comment l’entraînement en direct va-t-il si vite dans le navigateur ? » Même modèle et même perte, mais un calcul du gradient des couches denses réécrit pour le navigateur ; le notebook, lui, utilise tfjs tel quel.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: how do the pieces fit together?</strong> The diagram, left to right: image x goes through the encoder, which outputs μ and log σ²; we <em>draw</em> z = μ + σ ⊙ ε with ε ~ 𝒩(0, I) (⊙: element-wise product); the decoder turns z into 784 probabilities x̂. Latent dimension 2, so we can draw the latent space.</p>
<ul><li><strong>Reparameterisation:</strong> the randomness is in ε, which depends on no weight; μ and σ remain differentiable functions of the image, so backpropagation flows through the sampling (the cell’s <code>sampleZ</code> function).</li>
<li><strong>The loss, two terms:</strong> the binary cross-entropy summed over the 784 pixels (redraw the image well), plus β times the KL between q(z|x) and 𝒩(0, I), in closed form (gather the codes around 0 so we can generate). β = 1: the standard VAE.</li>
<li><strong>The code</strong> is the notebook cell that chains the diagram: encoder → draw of z → decoder. In the notebook the loss is the <code>vaeLoss</code> function (cell named under the formula); x̂ is kept away from 0 and 1 there to avoid log 0.</li></ul>
<p><strong>An honest nuance.</strong> Our pixels are greys between 0 and 1; we do not binarise them (every figure, threshold and weight of the course assumes these values). Binary cross-entropy with a grey target is then not the log-likelihood of a normalised distribution: the “−ELBO” compares models on the same data, but is <em>not</em> an exact upper bound on −log p(x). For a true bound: binarised pixels, or a continuous distribution on [0, 1].</p>
<p><strong>Likely question:</strong> “How does live training run so fast in the browser?” Same model and same loss, but the dense layers’ gradient is computed in a way rewritten for the browser; the notebook uses plain tfjs.</p>`,
};

/** Slide: the VAE with latent dimension 2 — encoder, sampling z = μ + σ·ε, decoder; the notebook's sampling/VAE and loss cells. */
const vaeModel: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default vaeModel;
