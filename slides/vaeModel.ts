import type { Slide } from '../src/deck/types.ts';
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
  fr: `<p><strong>Question : comment les morceaux s’assemblent-ils ?</strong> Lire le schéma de gauche à droite : l’image x passe dans l’encodeur, qui donne μ et log σ² ; on <em>tire</em> un point z = μ + σ ⊙ ε avec ε ~ N(0, I) (⊙ : produit terme à terme, dimension par dimension) ; le décodeur transforme z en 784 probabilités x̂. La dimension latente est 2, pour pouvoir dessiner l’espace latent.</p>
<p><strong>Pourquoi z = μ + σ·ε ?</strong> C’est l’astuce de reparamétrisation : le hasard est mis dans ε, qui ne dépend d’aucun poids ; μ et σ restent des fonctions dérivables de l’image, donc la rétropropagation passe à travers le tirage (fonction <code>sampleZ</code>, cellule de gauche).</p>
<p><strong>La perte a deux termes.</strong> 1) La reconstruction : l’entropie croisée binaire, sommée sur les 784 pixels (chaque pixel est vu comme une pièce qui tombe sur « allumé » avec probabilité x̂). Elle pousse à bien redessiner l’image. 2) La KL entre q(z|x) et la loi a priori N(0, I), en forme fermée (la formule vue dans la partie théorie). Elle pousse tous les codes vers un même nuage centré : c’est ce qui permettra de <em>générer</em> en tirant z ~ N(0, I). β règle l’équilibre entre les deux (β = 1 : le VAE standard ; on le fera varier en direct).</p>
<p><strong>Le code</strong> : à gauche, la cellule du notebook lue dans le fichier quand le diaporama est construit : <code>sampleZ</code> (σ = exp(½ · log σ²), puis z = μ + σ·ε) et <code>vae</code>, qui enchaîne exactement le schéma : encodeur → tirage de z → décodeur (l’encodeur et le décodeur sont les modèles Layers des deux diapos précédentes). À droite, la perte écrite en formule ; dans le notebook, c’est la fonction <code>vaeLoss</code> (cellule indiquée sous la formule) : l’entropie croisée binaire sommée sur les 784 pixels (x̂ est d’abord bornée dans [10⁻⁷ ; 1 − 10⁻⁷] pour éviter log 0), la KL en forme fermée, puis la moyenne sur le lot ; <code>tf.tidy</code> libère les tenseurs intermédiaires.</p>
<p><strong>Attention, une nuance honnête.</strong> Nos pixels ne sont pas binaires : ce sont des gris entre 0 et 1 (on ne les binarise pas, et tous les chiffres, seuils et poids pré-entraînés du cours supposent ces valeurs). L’entropie croisée binaire avec une cible grise n’est alors pas la log-vraisemblance d’une loi normalisée sur les images : la « −ELBO » est une perte comparable d’un modèle à l’autre sur les mêmes données, mais <em>pas</em> une borne supérieure exacte de −log p(x) en nats. Pour une vraie borne, il faudrait des pixels binarisés (loi de Bernoulli) ou une loi continue sur [0, 1] (Bernoulli continue).</p>
<p><strong>Comment ça va vite dans le navigateur ?</strong> La démonstration « Entraîner » calcule le même modèle et la même perte, mais ses couches denses ont un gradient écrit à la main (<code>src/model/dense.ts</code>) : le gradient standard de tfjs passe par des produits matriciels transposés, 10 à 20 fois plus lents en WebAssembly qu’une transposition suivie d’un produit simple.</p>`,
  en: `<p><strong>Question: how do the pieces fit together?</strong> Read the diagram left to right: image x goes through the encoder, which outputs μ and log σ²; we <em>draw</em> a point z = μ + σ ⊙ ε with ε ~ N(0, I) (⊙: element-wise product, one dimension at a time); the decoder turns z into 784 probabilities x̂. The latent dimension is 2 so that we can draw the latent space.</p>
<p><strong>Why z = μ + σ·ε?</strong> It is the reparameterisation trick: the randomness lives in ε, which depends on no weight; μ and σ remain differentiable functions of the image, so backpropagation flows through the sampling (function <code>sampleZ</code>, left cell).</p>
<p><strong>The loss has two terms.</strong> 1) Reconstruction: binary cross-entropy summed over the 784 pixels (each pixel is a coin that lands “on” with probability x̂). It pushes the model to redraw the image well. 2) The KL between q(z|x) and the prior N(0, I), in closed form (the formula from the theory part). It pulls all codes into one centred cloud: that is what lets us <em>generate</em> by drawing z ~ N(0, I). β sets the balance (β = 1: the standard VAE; we will vary it live).</p>
<p><strong>The code</strong>: left, the notebook cell read from the file when the deck is built: <code>sampleZ</code> (σ = exp(½ · log σ²), then z = μ + σ·ε) and <code>vae</code>, which follows the diagram exactly: encoder → drawing z → decoder (the encoder and decoder are the Layers models of the two previous slides). Right, the loss written as a formula; in the notebook it is the function <code>vaeLoss</code> (cell named under the formula): the binary cross-entropy summed over the 784 pixels (x̂ is first clipped to [10⁻⁷, 1 − 10⁻⁷] to avoid log 0), the KL in closed form, then the mean over the batch; <code>tf.tidy</code> frees the intermediate tensors.</p>
<p><strong>An honest caveat.</strong> Our pixels are not binary: they are greys between 0 and 1 (we do not binarise them, and every figure, threshold and pretrained weight in the course assumes those values). Binary cross-entropy against a grey target is then not the log-likelihood of a normalised distribution over images: the “−ELBO” is a loss you can compare between models on the same data, but <em>not</em> an exact upper bound on −log p(x) in nats. A true bound would need binarised pixels (a Bernoulli distribution) or a continuous distribution on [0, 1] (the continuous Bernoulli).</p>
<p><strong>How does it train fast in the browser?</strong> The “Training” demo computes the same model and the same loss, but its dense layers have a hand-written gradient (<code>src/model/dense.ts</code>): tfjs’s standard gradient goes through transposed matrix products, 10 to 20 times slower on WebAssembly than a transpose followed by a plain product.</p>`,
};

/** Slide: the VAE with latent dimension 2 — encoder, sampling z = μ + σ·ε, decoder; the notebook's sampling/VAE and loss cells. */
const vaeModel: Slide = {
  id: 'vae-model',
  section: sections.notebook,
  title: { fr: 'Le VAE : dimension latente 2', en: 'The VAE: latent dimension 2' },
  body: byLanguage(body),
  notes,
};

export default vaeModel;
