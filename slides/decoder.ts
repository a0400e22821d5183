import type { Slide } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import { sections } from './sections.ts';
import { latentColor, mountNetwork, networkBody, type NetworkPart } from './networkSlide.ts';

const notes: Localized = {
  fr: `<p><strong>Question : que fait le décodeur ?</strong> Le chemin inverse : il prend un point z du plan latent (2 nombres) et rend une image, ou plus exactement 784 <em>probabilités</em> (une par pixel : « ce pixel est-il allumé ? »), grâce à la sigmoïde de la dernière couche.</p>
<p><strong>Le schéma</strong> est lu dans <code>decoder/model.json</code> du modèle pré-entraîné : 2 → couche(s) cachée(s) ReLU (les mêmes tailles que l’encodeur, en miroir) → 784 sigmoïde. Faire remarquer que c’est maintenant la <em>dernière</em> couche qui porte les trois quarts des paramètres (512 × 784 + 784 = 402 192 sur 534 544).</p>
<p><strong>Le code</strong> est la cellule « 4. Construction du décodeur » du notebook, lue dans le fichier quand le diaporama est construit : une entrée <code>z</code> de 2 nombres (<code>LATENT_DIM</code>), une couche cachée ReLU de 256 neurones, puis une couche de 784 neurones avec la sigmoïde, qui donne une probabilité par pixel ; <code>tf.model</code> relie z à x̂ et <code>summary()</code> affiche les couches. En commentaire sous chaque couche, la même ligne en Keras. Le modèle pré-entraîné du schéma a deux couches cachées (256 puis 512 neurones) ; la recette est la même.</p>
<p><strong>Point clé pour la suite :</strong> après l’entraînement, on peut jeter l’encodeur et donner au décodeur des z tirés au hasard selon N(0, I) : c’est ainsi qu’on générera de nouveaux chiffres (diapositive « Générer »).</p>`,
  en: `<p><strong>Question: what does the decoder do?</strong> The way back: it takes a point z of the latent plane (2 numbers) and returns an image, or more precisely 784 <em>probabilities</em> (one per pixel: “is this pixel on?”), thanks to the sigmoid of the last layer.</p>
<p><strong>The diagram</strong> is read from the pretrained model’s <code>decoder/model.json</code>: 2 → hidden ReLU layer(s) (the encoder’s sizes, mirrored) → 784 sigmoid. Point out that now the <em>last</em> layer holds three quarters of the parameters (512 × 784 + 784 = 402,192 of 534,544).</p>
<p><strong>The code</strong> is the notebook’s cell “4. Construction du décodeur”, read from the file when the deck is built: an input <code>z</code> of 2 numbers (<code>LATENT_DIM</code>), a hidden ReLU layer of 256 neurons, then a layer of 784 neurons with the sigmoid, which gives one probability per pixel; <code>tf.model</code> ties z to x̂ and <code>summary()</code> prints the layers. As a comment under each layer, the same line in Keras. The pretrained model in the diagram has two hidden layers (256 then 512 neurons); the recipe is the same.</p>
<p><strong>Key point for later:</strong> after training we can drop the encoder and feed the decoder random z drawn from N(0, I): that is how we will generate new digits (the “Generating” slide).</p>`,
};

const diagram: NetworkPart = {
  part: 'decoder',
  lead: {
    fr: `${tex('p(x \\mid z)')} : 2 nombres en entrée, <strong>784 probabilités</strong> de pixel en sortie (sigmoïde).`,
    en: `${tex('p(x \\mid z)')}: 2 numbers in, <strong>784 pixel probabilities</strong> out (sigmoid).`,
  },
  labels: {
    fr: { z: 'z : point du plan latent', decoder_output: 'x̂ : 784 probabilités' },
    en: { z: 'z: point of the latent plane', decoder_output: 'x̂: 784 probabilities' },
  },
  colors: { z: latentColor },
  cell: 'decoder',
};

const title: Localized = { fr: 'Le décodeur : un point z → une image', en: 'The decoder: a point z → an image' };

/** Slide: the decoder p(x|z) — diagram read from the pretrained model.json next to the notebook cell that builds it. */
const decoder: Slide = {
  id: 'decoder',
  section: sections.notebook,
  title,
  body: byLanguage((lang) => networkBody(diagram, lang)),
  notes,
  mount: (el, scope) => mountNetwork(el, scope, diagram, title),
};

export default decoder;
