import type { Slide } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import autoencoderSource from '../src/model/autoencoder.ts?raw';
import { sections } from './sections.ts';
import { latentColor, mountNetwork, networkBody, type NetworkPart } from './networkSlide.ts';

const notes: Localized = {
  fr: `<p><strong>Question : que fait l’encodeur ?</strong> Il lit une image aplatie (784 nombres) et rend, non pas un point, mais une <em>loi normale</em> dans le plan latent : une moyenne μ (2 nombres) et une log-variance log σ² (2 nombres). C’est la différence avec un autoencodeur classique, qui rendrait un seul point z.</p>
<p><strong>Le schéma (à gauche)</strong> est dessiné à partir du fichier du modèle pré-entraîné (<code>model.json</code>) : couches, tailles et nombres de paramètres ne sont pas tapés à la main. Lire de haut en bas : 784 → couche(s) cachée(s) ReLU → deux « têtes » linéaires, <code>z_mean</code> et <code>z_log_var</code>. Presque tous les paramètres sont dans la première couche (784 × largeur + biais). Pourquoi log σ² plutôt que σ ? Une sortie linéaire peut être négative ; l’exponentielle la rend positive, et l’apprentissage est plus stable.</p>
<p><strong>Le code (à droite)</strong> est le vrai fichier <code>src/model/autoencoder.ts</code>, celui qui s’exécute dans la démonstration : le constructeur empile des couches <code>Dense</code>, la méthode <code>encode</code> les applique l’une après l’autre puis calcule les deux têtes sur la même représentation cachée. (<code>applyLogits</code> est la couche avec un gradient écrit à la main, plus rapide en WebAssembly.) On peut faire défiler le code à la molette.</p>
<p><strong>Remarque :</strong> le modèle entraîné en direct (diapositive « Entraîner ») est plus petit que le modèle pré-entraîné dessiné ici, pour aller vite ; sa ligne « Réseau » donne ses tailles. Le code est le même : seule l’option <code>hidden</code> change.</p>
<p><strong>Si le schéma ne s’affiche pas :</strong> un message dit quel fichier manque (<code>npm run train</code> le régénère) ; le code reste lisible.</p>`,
  en: `<p><strong>Question: what does the encoder do?</strong> It reads a flattened image (784 numbers) and returns not a point but a <em>normal distribution</em> in the latent plane: a mean μ (2 numbers) and a log-variance log σ² (2 numbers). That is the difference from a plain autoencoder, which would return a single point z.</p>
<p><strong>The diagram (left)</strong> is drawn from the pretrained model’s file (<code>model.json</code>): layers, sizes and parameter counts are not typed by hand. Read top to bottom: 784 → hidden ReLU layer(s) → two linear “heads”, <code>z_mean</code> and <code>z_log_var</code>. Almost all parameters sit in the first layer (784 × width + biases). Why log σ² rather than σ? A linear output can be negative; the exponential makes it positive, and training is more stable.</p>
<p><strong>The code (right)</strong> is the real file <code>src/model/autoencoder.ts</code>, the one running in the demo: the constructor stacks <code>Dense</code> layers; the <code>encode</code> method applies them one after the other, then computes both heads from the same hidden representation. (<code>applyLogits</code> is the layer with a hand-written gradient, faster on WebAssembly.) Scroll the code with the mouse wheel.</p>
<p><strong>Note:</strong> the model trained live (the “Training” slide) is smaller than the pretrained one drawn here, to be fast; its “Network” line gives its sizes. The code is the same: only the <code>hidden</code> option changes.</p>
<p><strong>If the diagram does not show:</strong> a message names the missing file (<code>npm run train</code> regenerates it); the code stays readable.</p>`,
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
  code: {
    source: autoencoderSource,
    file: 'src/model/autoencoder.ts',
    symbols: ['encode'],
    spans: [{ from: 'this.encoderHidden = hidden.map', to: 'this.zLogVar =' }],
  },
};

const title: Localized = { fr: 'L’encodeur : une image → une loi normale', en: 'The encoder: an image → a normal distribution' };

/** Slide: the encoder q(z|x) — diagram read from the pretrained model.json next to the real encoder source. */
const encoder: Slide = {
  id: 'encoder',
  section: sections.notebook,
  title,
  body: byLanguage((lang) => networkBody(diagram, lang)),
  notes,
  mount: (el, scope) => mountNetwork(el, scope, diagram, title),
};

export default encoder;
