import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import { sections } from './sections.ts';
import { latentColor, mountNetwork, networkBody, type NetworkPart } from './networkSlide.ts';

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : que fait l’encodeur ?</strong> Il lit une image aplatie (784 nombres) et rend, non pas un point, mais une <em>loi normale</em> dans le plan latent : une moyenne μ (2 nombres) et une log-variance log σ² (2 nombres). Un autoencodeur classique rendrait un seul point z.</p>
<ul><li><strong>Le schéma (à gauche)</strong> est celui du réseau du notebook, construit par le code de droite : 784 → 256 (ReLU) → deux « têtes » linéaires de 2, <code>z_mean</code> et <code>z_log_var</code>. Presque tous les paramètres sont dans la première couche (784 × 256 + 256 = 200 960 sur 201 988).</li>
<li><strong>Le code (à droite)</strong> est la cellule « 3. Construction de l’encodeur » du notebook, recopiée telle quelle. Il se lit comme du Keras : <code>tf.input</code> déclare l’entrée ; <code>tf.layers.dense({ units: HIDDEN, activation: 'relu' })</code> est la couche cachée ; les deux têtes sont appliquées à la même sortie h ; <code>summary()</code> affiche les couches. Sous chaque ligne, en commentaire, la même en Keras (Python).</li>
<li><strong>Trois tailles de réseau dans la séance,</strong> même recette : le notebook (une couche cachée de 256, pour tourner en quelques minutes), le modèle entraîné en direct (une de 512), le modèle pré-entraîné utilisé par les diapositives de théorie (deux : 512 puis 256). La ligne sous le schéma le rappelle.</li></ul>
<p><strong>Question probable :</strong> « Pourquoi log σ² plutôt que σ ? » Une sortie linéaire peut être négative ; σ = exp(½ log σ²) est toujours positif (c’est le troisième quiz).</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what does the encoder do?</strong> It reads a flattened image (784 numbers) and returns not a point but a <em>normal distribution</em> in the latent plane: a mean μ (2 numbers) and a log-variance log σ² (2 numbers). A plain autoencoder would return a single point z.</p>
<ul><li><strong>The diagram (left)</strong> is the notebook’s network, the one the code on the right builds: 784 → 256 (ReLU) → two linear “heads” of 2, <code>z_mean</code> and <code>z_log_var</code>. Almost all parameters sit in the first layer (784 × 256 + 256 = 200,960 of 201,988).</li>
<li><strong>The code (right)</strong> is the notebook’s cell “3. Construction de l’encodeur”, copied as is. It reads like Keras: <code>tf.input</code> declares the input; <code>tf.layers.dense({ units: HIDDEN, activation: 'relu' })</code> is the hidden layer; both heads are applied to the same output h; <code>summary()</code> prints the layers. Under each line, as a comment, the same in Keras (Python).</li>
<li><strong>Three network sizes in the session,</strong> same recipe: the notebook (one hidden layer of 256, to run in a few minutes), the model trained live (one of 512), the pretrained model used by the theory slides (two: 512 then 256). The line under the diagram says so.</li></ul>
<p><strong>Likely question:</strong> “Why log σ² rather than σ?” A linear output can be negative; σ = exp(½ log σ²) is always positive (that is the third quiz).</p>`,
};

const diagram: NetworkPart = {
  part: 'encoder',
  lead: {
    fr: `${tex('q(z \\mid x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))')} : 784 pixels en entrée, <strong>μ</strong> et <strong>log σ²</strong> (2 nombres chacun) en sortie.`,
    en: `${tex('q(z \\mid x) = \\mathcal{N}(\\mu(x), \\sigma^2(x))')}: 784 pixels in, <strong>μ</strong> and <strong>log σ²</strong> (2 numbers each) out.`,
  },
  labels: {
    fr: { x: 'x : image aplatie', z_mean: 'z_mean = μ', z_log_var: 'z_log_var = log σ²' },
    en: { x: 'x: flattened image', z_mean: 'z_mean = μ', z_log_var: 'z_log_var = log σ²' },
  },
  colors: { z_mean: latentColor, z_log_var: latentColor },
  cell: 'encoder',
};

/** The diagram's accessible name. */
const diagramLabel: Localized = { fr: 'Schéma de l’encodeur : 784 entrées, μ et log σ² en sortie', en: 'Diagram of the encoder: 784 inputs, μ and log σ² out' };

/** Slide: the encoder q(z|x) — the notebook's network drawn next to the notebook cell that builds it. */
const encoder: SlideContent = {
  body: byLanguage((lang) => networkBody(diagram, lang)),
  notes,
  mount: (el, scope) => mountNetwork(el, scope, diagram, diagramLabel),
};

export default encoder;
