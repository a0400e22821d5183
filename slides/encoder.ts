import type { Slide } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import { sections } from './sections.ts';
import { latentColor, mountNetwork, networkBody, type NetworkPart } from './networkSlide.ts';

const notes: Localized = {
  fr: `<p><strong>Question : que fait l’encodeur ?</strong> Il lit une image aplatie (784 nombres) et rend, non pas un point, mais une <em>loi normale</em> dans le plan latent : une moyenne μ (2 nombres) et une log-variance log σ² (2 nombres). C’est la différence avec un autoencodeur classique, qui rendrait un seul point z.</p>
<p><strong>Le schéma (à gauche)</strong> est dessiné à partir du fichier du modèle pré-entraîné (<code>model.json</code>) : couches, tailles et nombres de paramètres ne sont pas tapés à la main. Lire de haut en bas : 784 → couche(s) cachée(s) ReLU → deux « têtes » linéaires, <code>z_mean</code> et <code>z_log_var</code>. Les trois quarts des paramètres sont dans la première couche (784 × 512 + 512 = 401 920 sur 534 276). Pourquoi log σ² plutôt que σ ? Une sortie linéaire peut être négative ; l’exponentielle la rend positive, et l’apprentissage est plus stable.</p>
<p><strong>Le code (à droite)</strong> est la cellule du notebook du cours qui construit l’encodeur (<code>notebooks/vae-mnist.ipynb</code>, partie « 3. Construction de l’encodeur ») : la diapositive la lit dans le fichier du notebook quand le diaporama est construit, elle ne peut donc pas en différer. Il se lit comme du Keras : <code>tf.input</code> déclare l’entrée de 784 nombres ; <code>tf.layers.dense({ units: HIDDEN, activation: 'relu' })</code> est la couche cachée (256 neurones) ; deux couches linéaires de 2 neurones, <code>z_mean</code> et <code>z_log_var</code>, sont appliquées à la même sortie cachée h ; <code>tf.model</code> relie l’entrée aux deux sorties et <code>summary()</code> affiche les couches et leurs nombres de paramètres. Sous chaque couche, en commentaire, la même ligne en Keras (Python), que la classe retrouvera ensuite.</p>
<p><strong>Remarque sur les tailles :</strong> le schéma est celui du modèle pré-entraîné (deux couches cachées, 512 puis 256 neurones) ; la cellule du notebook n’en a qu’une (256 neurones), pour que tout le notebook tourne en quelques minutes ; le modèle entraîné en direct (diapositive « Entraîner ») en a une de 512, sa ligne « Réseau » donne ses tailles. La recette est la même : seules les tailles changent.</p>
<p><strong>Si le schéma ne s’affiche pas :</strong> un message dit quel fichier manque (<code>npm run train</code> le régénère) ; le code reste lisible.</p>`,
  en: `<p><strong>Question: what does the encoder do?</strong> It reads a flattened image (784 numbers) and returns not a point but a <em>normal distribution</em> in the latent plane: a mean μ (2 numbers) and a log-variance log σ² (2 numbers). That is the difference from a plain autoencoder, which would return a single point z.</p>
<p><strong>The diagram (left)</strong> is drawn from the pretrained model’s file (<code>model.json</code>): layers, sizes and parameter counts are not typed by hand. Read top to bottom: 784 → hidden ReLU layer(s) → two linear “heads”, <code>z_mean</code> and <code>z_log_var</code>. Three quarters of the parameters sit in the first layer (784 × 512 + 512 = 401,920 of 534,276). Why log σ² rather than σ? A linear output can be negative; the exponential makes it positive, and training is more stable.</p>
<p><strong>The code (right)</strong> is the course notebook’s cell that builds the encoder (<code>notebooks/vae-mnist.ipynb</code>, part “3. Construction de l’encodeur”): the slide reads it from the notebook file when the deck is built, so it cannot differ from it. It reads like Keras: <code>tf.input</code> declares the input of 784 numbers; <code>tf.layers.dense({ units: HIDDEN, activation: 'relu' })</code> is the hidden layer (256 neurons); two linear layers of 2 neurons, <code>z_mean</code> and <code>z_log_var</code>, are applied to the same hidden output h; <code>tf.model</code> ties the input to both outputs and <code>summary()</code> prints the layers and their parameter counts. Under each layer, as a comment, the same line in Keras (Python), which the class will meet next.</p>
<p><strong>About the sizes:</strong> the diagram is the pretrained model (two hidden layers, 512 then 256 neurons); the notebook’s cell has one (256 neurons) so that the whole notebook runs in a few minutes; the model trained live (the “Training” slide) has one of 512, and its “Network” line gives its sizes. The recipe is the same: only the sizes change.</p>
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
  cell: 'encoder',
};

const title: Localized = { fr: 'L’encodeur : une image → une loi normale', en: 'The encoder: an image → a normal distribution' };

/** Slide: the encoder q(z|x) — diagram read from the pretrained model.json next to the notebook cell that builds it. */
const encoder: Slide = {
  id: 'encoder',
  section: sections.notebook,
  title,
  body: byLanguage((lang) => networkBody(diagram, lang)),
  notes,
  mount: (el, scope) => mountNetwork(el, scope, diagram, title),
};

export default encoder;
