import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { mountTrainingDashboard, trainingDashboardHtml } from '../src/widgets/trainingDashboard.ts';
import { TRAINING_PARAMS } from '../src/live/trainingParams.ts';
import './demoSlides.css';

const notes: Localized = {
  fr: `<p><strong>≈ 4 min.</strong> <strong>Question : comment le VAE apprend-il ?</strong> On l’entraîne ici, en direct, dans le navigateur (la page reste fluide). Chaque « pas » prend un lot de 128 images, calcule la perte (reconstruction + β·KL) et corrige les poids avec Adam. C’est le modèle « en direct » (une couche cachée de 512), plus petit que le modèle pré-entraîné.</p>
<p><strong>Déroulé (réglages par défaut, graine 1 ; chiffres mesurés).</strong></p>
<ol><li><strong>Avant de lancer :</strong> nuage écrasé au centre, reconstructions en taches grises ; −ELBO test ≈ 544 nats, soit 784 × ln 2 (des pixels à ½) plus une KL presque nulle (≈ 0,1 nat) : l’encodeur non entraîné sort μ ≈ 0 et log σ² ≈ 0, c’est-à-dire à peu près 𝒩(0, I).</li>
<li><strong>« ▶ Lancer ».</strong> La perte totale (noire) et la reconstruction (bleue) chutent vite puis ralentissent. La KL (orange) <em>monte</em> d’abord : pour reconstruire, l’encodeur écarte les μ et rétrécit les σ (≈ 80 nats au pas 5 ; le premier point, moyenne des pas 1 à 10, affiche ≈ 34). Puis le terme KL la ramène : ≈ 12 pour les pas 11 à 20, ≈ 6 pour les pas 21 à 30, puis un palier entre 4,5 et 5 nats, compromis entre les deux termes.</li>
<li><strong>Les pointillés verts :</strong> la −ELBO sur les 1 000 chiffres de test jamais vus, le score honnête (plus bas = mieux) : ≈ 196 au pas 50, ≈ 181 au pas 100, sous 180 dès le pas 125, ≈ 167 au pas 500. 200 pas prennent moins de 7 secondes sur un ordinateur à 2 cœurs libre, une douzaine s’il est très chargé (mesuré), davantage sur une machine plus lente.</li>
<li><strong>Le nuage</strong> se sépare en groupes, un par chiffre, sans que le modèle ait vu les étiquettes ; les reconstructions deviennent lisibles en quelques centaines de pas.</li></ol>
<p><strong>Expériences.</strong> β = 0 : le nuage s’étale loin de 𝒩(0, I) (un autoencodeur classique). β = 3–4 : nuage proche de 𝒩(0, I), reconstructions floues. Taux d’apprentissage 10⁻² : la perte oscille ou diverge ; un message dit alors que les poids ont été restaurés. « ↺ Réinitialiser » avec la même graine refait exactement le même entraînement.</p>
<p><strong>Si c’est trop lent :</strong> cocher « Utiliser le modèle pré-entraîné ». Les diapositives suivantes disent quel modèle elles utilisent.</p>`,
  en: `<p><strong>≈ 4 min.</strong> <strong>Question: how does the VAE learn?</strong> We train it here, live, in the browser (the page stays smooth). Each “step” takes a batch of 128 images, computes the loss (reconstruction + β·KL) and updates the weights with Adam. This is the “live” model (one hidden layer of 512), smaller than the pretrained model.</p>
<p><strong>Flow (default settings, seed 1; measured figures).</strong></p>
<ol><li><strong>Before starting:</strong> the cloud is squashed at the centre, the reconstructions are grey blobs; test −ELBO ≈ 544 nats, that is 784 × ln 2 (pixels at ½) plus an almost zero KL (≈ 0.1 nat): the untrained encoder outputs μ ≈ 0 and log σ² ≈ 0, roughly 𝒩(0, I).</li>
<li><strong>“▶ Play”.</strong> Total loss (black) and reconstruction (blue) fall fast, then slow down. The KL (orange) first <em>rises</em>: to reconstruct, the encoder spreads the μ apart and shrinks the σ (≈ 80 nats at step 5; the first point, the average of steps 1 to 10, shows ≈ 34). Then the KL term pulls it back: ≈ 12 over steps 11 to 20, ≈ 6 over steps 21 to 30, then a plateau between 4.5 and 5 nats, the balance between the two terms.</li>
<li><strong>The green dotted line:</strong> the −ELBO on the 1,000 never-seen test digits, the honest score (lower is better): ≈ 196 at step 50, ≈ 181 at step 100, below 180 from step 125, ≈ 167 at step 500. 200 steps take under 7 seconds on an idle 2-core computer, about twelve when it is very busy (measured), longer on a slower machine.</li>
<li><strong>The cloud</strong> separates into groups, one per digit, although the model never saw the labels; the reconstructions become readable within a few hundred steps.</li></ol>
<p><strong>Experiments.</strong> β = 0: the cloud spreads far from 𝒩(0, I) (a plain autoencoder). β = 3–4: the cloud stays close to 𝒩(0, I), blurry reconstructions. Learning rate 10⁻²: the loss oscillates or diverges; a message then says the weights were restored. “↺ Reset” with the same seed replays exactly the same training.</p>
<p><strong>If it is too slow:</strong> tick “Use the pretrained model”. The next slides say which model they use.</p>`,
};

/** Slide: training live — controls, backend and speed, loss curves, reconstructions and the latent scatter forming. */
const training: SlideContent = {
  body: byLanguage(trainingDashboardHtml),
  notes,
  params: TRAINING_PARAMS,
  mount: mountTrainingDashboard,
};

export default training;
