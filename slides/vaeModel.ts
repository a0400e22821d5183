import type { Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { notebookCellHtml } from '../src/widgets/notebookCell.ts';
import './demoSlides.css';

function flow(lang: Lang): string {
  const t = pick(lang);
  const box = (cls: string, top: string, bottom: string) => `<div class="vm-box ${cls}"><strong>${top}</strong><span>${bottom}</span></div>`;
  const arrow = '<div class="vm-arrow" aria-hidden="true">→</div>';
  return `<div class="vm-flow" role="img" aria-label="${t({ fr: 'x, encodeur, μ et log σ², z = μ + σ·ε, décodeur, x̂', en: 'x, encoder, μ and log σ², z = μ + σ·ε, decoder, x̂' })}">
  ${box('vm-data', tex('x'), t({ fr: '784 pixels', en: '784 pixels' }))}${arrow}
  ${box('vm-net', t({ fr: 'Encodeur', en: 'Encoder' }), tex('q(z \\mid x)'))}${arrow}
  ${box('vm-latent', `${tex('\\mu')}, ${tex('\\log\\sigma^2')}`, t({ fr: '2 + 2 nombres', en: '2 + 2 numbers' }))}${arrow}
  <div class="vm-sample">${box('vm-latent', tex('z = \\mu + \\sigma \\odot \\varepsilon'), t({ fr: 'tirage (reparamétrisation)', en: 'sampling (reparameterisation)' }))}
    <div class="vm-eps">${tex('\\varepsilon \\sim \\mathcal{N}(0, I)')} ↑</div></div>${arrow}
  ${box('vm-net', t({ fr: 'Décodeur', en: 'Decoder' }), tex('p(x \\mid z)'))}${arrow}
  ${box('vm-data', tex('\\hat{x}'), t({ fr: '784 probabilités', en: '784 probabilities' }))}
</div>`;
}

function body(lang: Lang): string {
  const t = pick(lang);
  return `${flow(lang)}
<p class="vm-note">${
    t({
      fr: 'La perte ℒ = reconstruction + β · KL, en <strong>nats par image</strong>\u00a0; avec β = 1, c’est la <strong>−ELBO</strong>.',
      en: 'The loss ℒ = reconstruction + β · KL, in <strong>nats per image</strong>; with β = 1 it is the <strong>−ELBO</strong>.',
    })
  }</p>
<div class="vm-cols">
  <div class="vm-code">${notebookCellHtml({ cell: 'vae', lang })}</div>
  <div class="vm-code">${notebookCellHtml({ cell: 'loss', lang })}</div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : comment les morceaux s’assemblent-ils ?</strong> Lire le schéma de gauche à droite : l’image x passe dans l’encodeur, qui donne μ et log σ² ; on <em>tire</em> un point z = μ + σ·ε avec ε ~ N(0, I) ; le décodeur transforme z en 784 probabilités x̂. La dimension latente est 2, pour pouvoir dessiner l’espace latent.</p>
<p><strong>Pourquoi z = μ + σ·ε ?</strong> C’est l’astuce de reparamétrisation : le hasard est mis dans ε, qui ne dépend d’aucun poids ; μ et σ restent des fonctions dérivables de l’image, donc la rétropropagation passe à travers le tirage (fonction <code>reparameterize</code>, à droite).</p>
<p><strong>La perte a deux termes.</strong> 1) La reconstruction : l’entropie croisée binaire, sommée sur les 784 pixels (chaque pixel est vu comme une pièce qui tombe sur « allumé » avec probabilité x̂). Elle pousse à bien redessiner l’image. 2) La KL entre q(z|x) et la loi a priori N(0, I), en forme fermée (la formule vue dans la partie théorie). Elle pousse tous les codes vers un même nuage centré, sans trous : c’est ce qui permettra de <em>générer</em> en tirant z ~ N(0, I). β règle l’équilibre entre les deux (β = 1 : le VAE standard ; on le fera varier en direct).</p>
<p><strong>Le code</strong> est le vrai fichier utilisé par l’entraînement : <code>lossPerImage</code> enchaîne exactement le schéma (encode → reparameterize → decode → BCE + KL). On peut faire défiler chaque cadre. Unités : nats par image ; avec β = 1, la perte est la −ELBO, une borne supérieure de −log p(x).</p>`,
  en: `<p><strong>Question: how do the pieces fit together?</strong> Read the diagram left to right: image x goes through the encoder, which outputs μ and log σ²; we <em>draw</em> a point z = μ + σ·ε with ε ~ N(0, I); the decoder turns z into 784 probabilities x̂. The latent dimension is 2 so that we can draw the latent space.</p>
<p><strong>Why z = μ + σ·ε?</strong> It is the reparameterisation trick: the randomness lives in ε, which depends on no weight; μ and σ remain differentiable functions of the image, so backpropagation flows through the sampling (function <code>reparameterize</code>, right).</p>
<p><strong>The loss has two terms.</strong> 1) Reconstruction: binary cross-entropy summed over the 784 pixels (each pixel is a coin that lands “on” with probability x̂). It pushes the model to redraw the image well. 2) The KL between q(z|x) and the prior N(0, I), in closed form (the formula from the theory part). It pulls all codes into one centred cloud without holes: that is what lets us <em>generate</em> by drawing z ~ N(0, I). β sets the balance (β = 1: the standard VAE; we will vary it live).</p>
<p><strong>The code</strong> is the real file used by training: <code>lossPerImage</code> follows the diagram exactly (encode → reparameterize → decode → BCE + KL). Each frame scrolls. Units: nats per image; with β = 1 the loss is the −ELBO, an upper bound on −log p(x).</p>`,
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
