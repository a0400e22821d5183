import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { mountOwnImages } from '../src/widgets/ownImagesPanel.ts';
import { ownImagesHtml } from '../src/widgets/ownImagesHtml.ts';

const notes: Localized = {
  fr: `<p><strong>≈ 3 min · facultative.</strong> <strong>Question : et sur d’autres images que MNIST ?</strong> Le cours propose CelebA pour celles et ceux qui sont lassé·e·s de MNIST. Ici, chacun peut prendre un dossier de son disque (par exemple <code>img_align_celeba</code>) : les images sont lues par le navigateur, recadrées au centre et réduites en 32 × 32 couleur, puis un VAE s’entraîne dans un Web Worker. Rien n’est envoyé sur le réseau.</p>
<p><strong>Déroulé conseillé.</strong> 1) « Choisir un dossier » (ou déposer des fichiers). La barre de progression avance fichier par fichier ; les fichiers ignorés (pas une image, image corrompue, plus de 10 000 fichiers) sont comptés et nommés. 2) « ▶ Lancer » : les courbes descendent comme pour MNIST ; la reconstruction se compte maintenant sur 3 072 valeurs (32 × 32 × 3 canaux), d’où des pertes bien plus grandes qu’avec 784 pixels. 3) Regarder la ligne « Générées » : des z tirés de 𝒩(0, I) décodés ; avec peu de pas ce sont des taches floues de la couleur moyenne, puis les formes et les couleurs du dossier apparaissent.</p>
<p><strong>Le réseau.</strong> Un VAE à couches denses comme pour MNIST, avec une couche cachée de 256 neurones et 3 072 entrées et sorties (une sigmoïde et une entropie croisée binaire par canal de couleur). Un réseau convolutif irait mieux aux visages, mais le moteur WASM de TensorFlow.js n’a pas le gradient des filtres d’une convolution (Conv2DBackpropFilter) ; le réseau dense tourne partout.</p>
<p><strong>À dire.</strong> Quitter la diapositive met l’entraînement en pause ; en y revenant, il reprend là où il en était, avec les mêmes images, poids et courbes (changer de thème avec D ou de langue avec L ne perd rien non plus). Les images restent en mémoire jusqu’au rechargement de la page ou au choix d’un autre dossier. Les visages de CelebA générés en 2 dimensions latentes sont très flous : c’est la limite vue à la diapositive suivante.</p>`,
  en: `<p><strong>≈ 3 min · optional.</strong> <strong>Question: what about images other than MNIST?</strong> The course suggests CelebA for those tired of MNIST. Here anyone can take a folder from their disk (e.g. <code>img_align_celeba</code>): the browser reads the images, crops their centre and reduces them to 32 × 32 colour, then a VAE trains in a Web Worker. Nothing is sent over the network.</p>
<p><strong>Suggested flow.</strong> 1) “Pick a folder” (or drop files). The progress bar advances file by file; skipped files (not an image, corrupt image, more than 10,000 files) are counted and named. 2) “▶ Play”: the curves fall as for MNIST; reconstruction now counts 3,072 values (32 × 32 × 3 channels), hence much larger losses than with 784 pixels. 3) Watch the “Generated” row: codes z drawn from 𝒩(0, I), decoded; after few steps they are blurry blobs of the average colour, then the folder’s shapes and colours appear.</p>
<p><strong>The network.</strong> A dense VAE as for MNIST, with one hidden layer of 256 units and 3,072 inputs and outputs (a sigmoid and a binary cross-entropy per colour channel). A convolutional network would suit faces better, but TensorFlow.js’s WASM backend lacks the gradient of a convolution’s filters (Conv2DBackpropFilter); the dense network runs everywhere.</p>
<p><strong>Worth saying.</strong> Leaving the slide pauses training; coming back resumes it where it was, with the same images, weights and curves (switching the theme with D or the language with L loses nothing either). The images stay in memory until the page is reloaded or another folder is picked. CelebA faces generated with 2 latent dimensions are very blurry: that is the limit shown on the next slide.</p>`,
};

/** Slide: the class's own images (a folder, CelebA…) preprocessed and trained on live, in the browser. */
const ownImages: SlideContent = {
  body: byLanguage(ownImagesHtml),
  notes,
  mount: mountOwnImages,
};

export default ownImages;
