import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import { sections } from './sections.ts';
import { latentColor, mountNetwork, networkBody, type NetworkPart } from './networkSlide.ts';

const notes: Localized = {
  fr: `<p><strong>≈ 1,5 min.</strong> <strong>Question : que fait le décodeur ?</strong> Le chemin inverse : il prend un point z du plan latent (2 nombres) et rend 784 <em>probabilités</em>, une par pixel (« ce pixel est-il allumé ? »), grâce à la sigmoïde de la dernière couche.</p>
<ul><li><strong>Le schéma</strong> est celui du réseau du notebook : 2 → 256 (ReLU) → 784 (sigmoïde), en miroir de l’encodeur. C’est maintenant la <em>dernière</em> couche qui porte presque tous les paramètres (256 × 784 + 784 = 201 488 sur 202 256).</li>
<li><strong>Le code</strong> est la cellule « 4. Construction du décodeur » : une entrée <code>z</code> de 2 nombres (<code>LATENT_DIM</code>), une couche cachée ReLU de 256, une couche de 784 avec la sigmoïde ; <code>tf.model</code> relie z à x̂. En commentaire, la même ligne en Keras.</li>
<li><strong>Le modèle pré-entraîné</strong> a deux couches cachées (256 puis 512) ; la recette est la même.</li></ul>
<p><strong>Point clé pour la suite :</strong> après l’entraînement, on peut donner au décodeur des z tirés au hasard selon 𝒩(0, I) : c’est ainsi qu’on génère de nouveaux chiffres.</p>`,
  en: `<p><strong>≈ 1.5 min.</strong> <strong>Question: what does the decoder do?</strong> The way back: it takes a point z of the latent plane (2 numbers) and returns 784 <em>probabilities</em>, one per pixel (“is this pixel on?”), thanks to the sigmoid of the last layer.</p>
<ul><li><strong>The diagram</strong> is the notebook’s network: 2 → 256 (ReLU) → 784 (sigmoid), the encoder mirrored. Now the <em>last</em> layer holds almost all the parameters (256 × 784 + 784 = 201,488 of 202,256).</li>
<li><strong>The code</strong> is the cell “4. Construction du décodeur”: an input <code>z</code> of 2 numbers (<code>LATENT_DIM</code>), a hidden ReLU layer of 256, a layer of 784 with the sigmoid; <code>tf.model</code> ties z to x̂. As a comment, the same line in Keras.</li>
<li><strong>The pretrained model</strong> has two hidden layers (256 then 512); the recipe is the same.</li></ul>
<p><strong>Key point for later:</strong> after training we can feed the decoder random z drawn from 𝒩(0, I): that is how new digits are generated.</p>`,
};

const diagram: NetworkPart = {
  part: 'decoder',
  lead: {
    fr: `${tex('p(x \\mid z)')} : 2 nombres en entrée, <strong>784 probabilités</strong> de pixel en sortie (sigmoïde).`,
    en: `${tex('p(x \\mid z)')}: 2 numbers in, <strong>784 pixel probabilities</strong> out (sigmoid).`,
  },
  labels: {
    fr: { z: 'z : point du plan latent', x_hat: 'x̂ : 784 probabilités' },
    en: { z: 'z: point of the latent plane', x_hat: 'x̂: 784 probabilities' },
  },
  colors: { z: latentColor },
  cell: 'decoder',
};

/** The diagram's accessible name. */
const diagramLabel: Localized = { fr: 'Schéma du décodeur : un point z en entrée, 784 pixels en sortie', en: 'Diagram of the decoder: a point z in, 784 pixels out' };

/** Slide: the decoder p(x|z) — the notebook's network drawn next to the notebook cell that builds it. */
const decoder: SlideContent = {
  body: byLanguage((lang) => networkBody(diagram, lang)),
  notes,
  mount: (el, scope) => mountNetwork(el, scope, diagram, diagramLabel),
};

export default decoder;
